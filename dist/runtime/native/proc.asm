; proc.asm - process mode: the handler executable, run once per event.
;
; proc_init resolves and checks the handler once. run_handler then, per event:
;   - puts the event in a fresh memfd (the handler's stdin: a handler that
;     never reads it can't block anyone),
;   - makes new stdout and stderr pipes (O_CLOEXEC; the read ends O_NONBLOCK),
;   - starts the handler with clone(CLONE_VM | CLONE_VFORK) on a stack of its
;     own; the child dup2s its fds, leaves for a process group of its own,
;     asks for SIGKILL should the runtime die (PR_SET_PDEATHSIG), resets the
;     signal state and execve()s; an execve error is stored in exec_errno,
;     shared memory being the only channel, and the child exits 127,
;   - polls stdout, stderr and a signalfd for SIGCHLD: stdout is collected
;     (up to MAX_RESPONSE bytes, then only counted), stderr relayed to fd 2 as
;     whole lines as soon as they are written (a line longer than SE_CAP goes
;     out in SE_CAP pieces), its last 8 KB kept in a ring for the stackTrace,
;   - once waitid(WNOWAIT) sees the handler exit, SIGKILLs its process group
;     (the zombie keeps its pid and group id from being reused), drains what
;     the pipes already hold without waiting, reaps it and closes the pipes.
;     Output written later by anything else can't reach another invocation.
; The runtime keeps SIGCHLD and SIGPIPE blocked; SIGTERM and SIGINT run
; on_term, which kills the handler's group and exits at once.
;
; Register use: System V; rbx, rbp, r12-r15 preserved.

default rel
%include "runtime.inc"


%define PATH_CAP    4096
%define SE_CAP      65536           ; longest stderr line passed on whole
%define TAIL_CAP    8192            ; power of two
%define TAIL_KEEP   4097            ; bytes of the last lines a stackTrace gets
%define RESP_STORE  MAX_RESPONSE
%define SCRATCH     65536
%define KEEP_PAGES  (256 * 1024)     ; response bytes kept mapped after a big response

section .data
align 8
child_pid:      dq 0
sigfd:          dq -1
argv_vec:       dq handler_path, 0

section .rodata
align 8
all_signals:    dq -1
empty_set:      dq 0
dfl_action:     dq SIG_DFL, 0, 0, 0
k_handler:      db "_HANDLER", 0
k_task_root:    db "LAMBDA_TASK_ROOT", 0
default_root:   db "/var/task", 0
memfd_name:     db "event", 0

section .bss
alignb 16
handler_path:   resb PATH_CAP + 8
handler_name:   resq 1              ; what messages call it: _HANDLER or the packed path
handler_nlen:   resq 1
packed_ptr:     resq 1
packed_len:     resq 1
task_root:      resq 1
exec_errno:     resq 1
resp_ptr:       resq 1
resp_len:       resq 1              ; bytes stored
resp_total:     resq 1              ; bytes written by the handler
h_kind:         resq 1              ; 1 exited, 2 killed by a signal, 3 execve failed
h_status:       resq 1              ; exit status, or signal number, or errno
se_len:         resq 1
se_open:        resq 1              ; a piece of the current line is already out
tail_count:     resq 1
stat_buf:       resb STAT_SIZE
alignb 16
pfds:           resb 24
siginfo:        resb SIGINFO_SIZE
sebuf:          resb SE_CAP + 16
tail_ring:      resb TAIL_CAP
tail_lin:       resb TAIL_KEEP + 16
scratch:        resb SCRATCH
alignb 16
child_stack:    resb 16384
child_stack_top:

section .text

; has_dotdot(rdi NUL-terminated path) -> eax 1 when a / separated part is "..".
has_dotdot:
        mov     rsi, rdi                ; start of the current part
.loop:
        mov     al, [rdi]
        test    al, al
        jz      .part
        cmp     al, '/'
        je      .part
        inc     rdi
        jmp     .loop
.part:
        mov     rcx, rdi
        sub     rcx, rsi
        cmp     rcx, 2
        jne     .next
        cmp     word [rsi], '..'
        je      .yes
.next:
        test    al, al
        jz      .no
        inc     rdi
        mov     rsi, rdi
        jmp     .loop
.yes:
        mov     eax, 1
        ret
.no:
        xor     eax, eax
        ret

; hint(): appends " (the packed handler is ROOT/P: set the function's Handler
; to P or leave it empty)" to msgsb.
hint:
        sub     rsp, 8
        SBLIT   msgsb, " (the packed handler is "
        lea     rdi, [msgsb]
        mov     rsi, [task_root]
        call    sb_addz
        SBLIT   msgsb, "/"
        lea     rdi, [msgsb]
        mov     rsi, [packed_ptr]
        mov     rdx, [packed_len]
        call    sb_add
        SBLIT   msgsb, ": set the function's Handler to "
        lea     rdi, [msgsb]
        mov     rsi, [packed_ptr]
        mov     rdx, [packed_len]
        call    sb_add
        SBLIT   msgsb, " or leave it empty)"
        add     rsp, 8
        ret

%macro INIT_ERROR 1
        LITP    rdi, esi, %1
        call    init_error
%endmacro

; proc_init(rdi packed handler, rsi its length): finds the handler
; ($LAMBDA_TASK_ROOT/$_HANDLER, or the packed path when _HANDLER is empty or
; unset) and checks it as bootstrap.sh does; a refusal is posted to
; /init/error and the runtime exits. Then sets up signals and buffers.
; Registers: rbx _HANDLER value (0 if unset/empty), r12 path cursor.
proc_init:
        push    rbx
        push    r12
        sub     rsp, 8
        mov     [packed_ptr], rdi
        mov     [packed_len], rsi
        lea     rdi, [k_task_root]
        call    env_get
        test    rax, rax
        jz      .dflt
        cmp     byte [rax], 0
        jne     .root
.dflt:
        lea     rax, [default_root]
.root:
        mov     [task_root], rax
        lea     rdi, [k_handler]
        call    env_get
        mov     rbx, rax
        test    rax, rax
        jz      .packed
        cmp     byte [rax], 0
        je      .packed
        mov     [handler_name], rax
        mov     rdi, rax
        call    cstr_len
        mov     [handler_nlen], rax
        ; _HANDLER must name a file inside the task root
        lea     rdi, [msgsb]
        call    sb_reset
        cmp     byte [rbx], '/'
        jne     .relative
        SBLIT   msgsb, "_HANDLER is "
        lea     rdi, [msgsb]
        mov     rsi, rbx
        call    sb_addz
        SBLIT   msgsb, ", an absolute path: it must name a file relative to $LAMBDA_TASK_ROOT"
        call    hint
        INIT_ERROR "Runtime.NoSuchHandler"
.relative:
        mov     rdi, rbx
        call    has_dotdot
        test    eax, eax
        jz      .named
        SBLIT   msgsb, "_HANDLER is "
        lea     rdi, [msgsb]
        mov     rsi, rbx
        call    sb_addz
        SBLIT   msgsb, ", which has a .. part: it must name a file inside $LAMBDA_TASK_ROOT"
        call    hint
        INIT_ERROR "Runtime.NoSuchHandler"
.packed:
        xor     ebx, ebx
        mov     rax, [packed_ptr]
        mov     [handler_name], rax
        mov     rax, [packed_len]
        mov     [handler_nlen], rax
.named:
        ; handler_path = task_root "/" name, NUL-terminated, bounded
        mov     rdi, [task_root]
        call    cstr_len
        mov     r12, rax
        add     rax, [handler_nlen]
        add     rax, 2
        cmp     rax, PATH_CAP
        jbe     .fits
        lea     rdi, [msgsb]
        call    sb_reset
        SBLIT   msgsb, "the handler's path is longer than 4096 bytes"
        INIT_ERROR "Runtime.NoSuchHandler"
.fits:
        lea     rdi, [handler_path]
        mov     rsi, [task_root]
        mov     rdx, r12
        call    mem_copy
        mov     byte [rax], '/'
        lea     rdi, [rax + 1]
        mov     rsi, [handler_name]
        mov     rdx, [handler_nlen]
        call    mem_copy
        mov     byte [rax], 0
        lea     rdi, [msgsb]
        call    sb_reset
        mov     eax, SYS_stat
        lea     rdi, [handler_path]
        lea     rsi, [stat_buf]
        syscall
        test    rax, rax
        jz      .exists
        test    rbx, rbx
        jz      .nopacked
        SBLIT   msgsb, "_HANDLER names "
        lea     rdi, [msgsb]
        lea     rsi, [handler_path]
        call    sb_addz
        SBLIT   msgsb, ", which does not exist"
        call    hint
        INIT_ERROR "Runtime.NoSuchHandler"
.nopacked:
        SBLIT   msgsb, "the packed handler "
        lea     rdi, [msgsb]
        lea     rsi, [handler_path]
        call    sb_addz
        SBLIT   msgsb, " does not exist"
        INIT_ERROR "Runtime.NoSuchHandler"
.exists:
        mov     eax, [stat_buf + STAT_st_mode]
        and     eax, S_IFMT
        cmp     eax, S_IFREG
        jne     .notexec
        mov     eax, SYS_access
        lea     rdi, [handler_path]
        mov     esi, X_OK
        syscall
        test    rax, rax
        jz      .checked
.notexec:
        lea     rdi, [msgsb]
        lea     rsi, [handler_path]
        call    sb_addz
        SBLIT   msgsb, " is not an executable file (permission denied): the zip must record mode 0755 for it"
        INIT_ERROR "Runtime.InvalidEntrypoint"
.checked:
        ; signals: SIGCHLD and SIGPIPE blocked, SIGCHLD read from a signalfd
        sub     rsp, 16
        mov     qword [rsp], SIGBIT(SIGCHLD) | SIGBIT(SIGPIPE)
        mov     eax, SYS_rt_sigprocmask
        mov     edi, SIG_BLOCK
        mov     rsi, rsp
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        test    rax, rax
        jnz     .sigfail
        mov     qword [rsp], SIGBIT(SIGCHLD)
        mov     eax, SYS_signalfd4
        mov     edi, -1
        mov     rsi, rsp
        mov     edx, SIGSET_SIZE
        mov     r10d, SFD_NONBLOCK | SFD_CLOEXEC
        syscall
        add     rsp, 16
        test    rax, rax
        js      .sigfail
        mov     [sigfd], rax
        mov     edi, SIGTERM
        call    set_term_handler
        mov     edi, SIGINT
        call    set_term_handler
        mov     edi, RESP_STORE + PAGE
        call    map_anon
        mov     [resp_ptr], rax
        add     rsp, 8
        pop     r12
        pop     rbx
        ret
.sigfail:
        LOG     "cannot set up signal handling; exiting"
        call    fatal

; set_term_handler(edi signal): on_term for it, every signal blocked meanwhile.
set_term_handler:
        sub     rsp, 40
        lea     rax, [on_term]
        mov     [rsp + KSA_handler], rax
        mov     qword [rsp + KSA_flags], SA_RESTORER
        lea     rax, [restore_rt]
        mov     [rsp + KSA_restorer], rax
        mov     qword [rsp + KSA_mask], -1
        mov     eax, SYS_rt_sigaction
        mov     rsi, rsp
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        add     rsp, 40
        ret

; on_term(edi signal): SIGTERM or SIGINT. Kills the handler's process group
; and exits with 128 + signal. Only system calls: safe at any point.
on_term:
        mov     r12d, edi
        mov     rdi, [child_pid]
        test    rdi, rdi
        jz      .exit
        neg     rdi
        mov     eax, SYS_kill
        mov     esi, SIGKILL
        syscall
.exit:
        mov     eax, SYS_exit_group
        lea     edi, [r12 + 128]
        syscall

restore_rt:
        mov     eax, SYS_rt_sigreturn
        syscall

; drain_sigfd(): reads queued SIGCHLD notifications until none is left.
drain_sigfd:
        mov     eax, SYS_read
        mov     rdi, [sigfd]
        lea     rsi, [scratch]
        mov     edx, SIGNALFD_INFO_SIZE * 8
        syscall
        cmp     rax, -EINTR
        je      drain_sigfd
        test    rax, rax
        jg      drain_sigfd
        ret

; ---- stdout and stderr --------------------------------------------------------

; read_out(edi fd) -> eax 1 when the pipe is empty for now, 0 at EOF (or error).
; Stores up to RESP_STORE bytes; past that reads into scratch and only counts.
; Registers: ebx fd.
read_out:
        push    rbx
        mov     ebx, edi
.loop:
        mov     rsi, [resp_ptr]
        add     rsi, [resp_len]
        mov     edx, RESP_STORE
        sub     rdx, [resp_len]
        jnz     .read
        lea     rsi, [scratch]
        mov     edx, SCRATCH
.read:
        mov     eax, SYS_read
        mov     edi, ebx
        syscall
        cmp     rax, -EINTR
        je      .loop
        cmp     rax, -EAGAIN
        je      .later
        test    rax, rax
        jle     .eof
        add     [resp_total], rax
        lea     rcx, [scratch]
        cmp     rsi, rcx
        je      .loop
        add     [resp_len], rax
        jmp     .loop
.later:
        mov     eax, 1
        pop     rbx
        ret
.eof:
        xor     eax, eax
        pop     rbx
        ret

; tail_feed(rdi p, rsi n): the ring keeps the last TAIL_CAP bytes logged.
; Registers: rbx p, r12 n.
tail_feed:
        push    rbx
        push    r12
        sub     rsp, 8
        mov     rbx, rdi
        mov     r12, rsi
        cmp     r12, TAIL_CAP
        jbe     .fits
        lea     rax, [r12 - TAIL_CAP]
        add     rbx, rax
        add     [tail_count], rax
        mov     r12d, TAIL_CAP
.fits:
        mov     rax, [tail_count]
        and     eax, TAIL_CAP - 1
        mov     edx, TAIL_CAP
        sub     edx, eax                ; room to the ring's end
        cmp     rdx, r12
        cmova   rdx, r12
        lea     rdi, [tail_ring + rax]
        mov     rsi, rbx
        push    rdx
        push    rdx
        call    mem_copy
        pop     rdx
        pop     rdx
        lea     rsi, [rbx + rdx]
        mov     rcx, r12
        sub     rcx, rdx
        lea     rdi, [tail_ring]
        rep movsb
        add     [tail_count], r12
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

; se_emit(rdi n): writes sebuf[0, n) to the log and the tail, keeps the rest.
; Registers: rbx n.
se_emit:
        push    rbx
        mov     rbx, rdi
        mov     edi, 2
        lea     rsi, [sebuf]
        mov     rdx, rbx
        call    write_all               ; the function log: nothing to do if it fails
        lea     rdi, [sebuf]
        mov     rsi, rbx
        call    tail_feed
        mov     rcx, [se_len]
        sub     rcx, rbx
        mov     [se_len], rcx
        lea     rdi, [sebuf]
        lea     rsi, [sebuf + rbx]
        rep movsb                       ; dst < src
        pop     rbx
        ret

; read_err(edi fd) -> eax 1 when the pipe is empty for now, 0 at EOF.
; Registers: ebx fd, r12 start of the new bytes.
read_err:
        push    rbx
        push    r12
        sub     rsp, 8
        mov     ebx, edi
.loop:
        mov     r12, [se_len]
        mov     eax, SYS_read
        mov     edi, ebx
        lea     rsi, [sebuf + r12]
        mov     edx, SE_CAP
        sub     rdx, r12
        syscall
        cmp     rax, -EINTR
        je      .loop
        cmp     rax, -EAGAIN
        je      .later
        test    rax, rax
        jle     .eof
        add     [se_len], rax
        lea     rdi, [sebuf + r12]
        mov     rsi, rax
        mov     edx, 10
        call    mem_rchr
        test    rax, rax
        jz      .noline
        lea     rdi, [sebuf]
        sub     rax, rdi
        lea     rdi, [rax + 1]
        mov     qword [se_open], 0
        call    se_emit
        jmp     .loop
.noline:
        cmp     qword [se_len], SE_CAP
        jb      .loop
        mov     qword [se_open], 1      ; a long line: out in pieces
        mov     edi, SE_CAP
        call    se_emit
        jmp     .loop
.later:
        mov     eax, 1
        jmp     .out
.eof:
        xor     eax, eax
.out:
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

; se_end(): ends the invocation's last line: a line without \n is a line.
se_end:
        sub     rsp, 8
        mov     rdi, [se_len]
        test    rdi, rdi
        jnz     .end
        cmp     qword [se_open], 0
        je      .out
.end:
        lea     rax, [sebuf]
        mov     byte [rax + rdi], 10
        inc     rdi
        mov     [se_len], rdi
        call    se_emit
.out:
        mov     qword [se_open], 0
        mov     qword [se_len], 0
        add     rsp, 8
        ret

; tail_lines(): adds the stackTrace lines to errdoc: of the invocation's
; logged stderr, the last lines that fit in 4097 bytes, newlines included
; (a last line longer than that keeps its last 4096 bytes), as bootstrap.sh.
; Registers: rbx line start, r12 end (the final \n), r13 bytes taken.
tail_lines:
        push    rbx
        push    r12
        push    r13
        mov     rax, [tail_count]
        test    rax, rax
        jz      .out
        mov     r13, rax
        cmp     r13, TAIL_KEEP
        jbe     .take
        mov     r13d, TAIL_KEEP
.take:                                  ; tail_lin = the last r13 bytes
        xor     ecx, ecx
        mov     r8, [tail_count]
        sub     r8, r13
.copy:
        cmp     rcx, r13
        je      .copied
        lea     rax, [r8 + rcx]
        and     eax, TAIL_CAP - 1
        mov     dl, [tail_ring + rax]
        mov     [tail_lin + rcx], dl
        inc     rcx
        jmp     .copy
.copied:
        lea     rbx, [tail_lin]
        lea     r12, [tail_lin + r13 - 1]       ; the final \n
        mov     rax, [tail_count]
        cmp     rax, TAIL_KEEP
        jbe     .split
        sub     rax, TAIL_KEEP + 1
        and     eax, TAIL_CAP - 1
        cmp     byte [tail_ring + rax], 10
        je      .split                  ; the kept bytes start a line
        mov     rdi, rbx
        mov     rsi, r13
        dec     rsi
        mov     edx, 10
        call    mem_chr
        test    rax, rax
        jz      .split                  ; one (long) line: keep its end
        lea     rbx, [rax + 1]
.split:
        mov     rdi, rbx
        mov     rsi, r12
        sub     rsi, rbx
        mov     edx, 10
        call    mem_chr
        test    rax, rax
        jnz     .line
        mov     rax, r12
.line:
        mov     rdi, rbx
        mov     rsi, rax
        sub     rsi, rbx
        lea     rbx, [rax + 1]
        call    errdoc_line
        cmp     rbx, r12
        jbe     .split
.out:
        pop     r13
        pop     r12
        pop     rbx
        ret

; ---- running the handler ---------------------------------------------------------

; close_fd(edi fd)
close_fd:
        mov     eax, SYS_close
        syscall
        ret

; run_handler() -> eax 0 when it ran (h_kind, h_status, resp_*, the tail set),
; or -errno when it could not be started (no fds, no memory).
; Registers: rbx pid, r12 memfd, r13 stdout write end, r14 stderr write end,
; r15 scratch; the pipes' read ends live in pfds; [rsp] the saved mask.
run_handler:
        push    rbx
        push    r12
        push    r13
        push    r14
        push    r15
        sub     rsp, 32
        cmp     qword [resp_len], KEEP_PAGES    ; the last response was big:
        jbe     .small                          ; give its pages back
        mov     eax, SYS_madvise
        mov     rdi, [resp_ptr]
        add     rdi, KEEP_PAGES
        mov     esi, (RESP_STORE + PAGE - KEEP_PAGES) & ~(PAGE - 1)
        mov     edx, MADV_DONTNEED
        syscall
.small:
        xor     eax, eax
        mov     [resp_len], rax
        mov     [resp_total], rax
        mov     [se_len], rax
        mov     [se_open], rax
        mov     [tail_count], rax
        mov     [h_kind], rax
        mov     [h_status], rax
        mov     eax, SYS_memfd_create
        lea     rdi, [memfd_name]
        mov     esi, MFD_CLOEXEC
        syscall
        test    rax, rax
        js      .fail0
        mov     r12, rax
        mov     edi, r12d
        mov     rsi, [ev_ptr]
        mov     rdx, [ev_len]
        call    write_all
        test    rax, rax
        jnz     .fail1
        mov     eax, SYS_lseek
        mov     edi, r12d
        xor     esi, esi
        mov     edx, SEEK_SET
        syscall
        test    rax, rax
        jnz     .fail1
        mov     eax, SYS_pipe2
        lea     rdi, [rsp + 8]
        mov     esi, O_CLOEXEC
        syscall
        test    rax, rax
        jnz     .fail1
        mov     eax, [rsp + 8]
        mov     [pfds + 0], eax
        mov     r13d, [rsp + 12]
        mov     eax, SYS_pipe2
        lea     rdi, [rsp + 8]
        mov     esi, O_CLOEXEC
        syscall
        test    rax, rax
        jnz     .fail2
        mov     eax, [rsp + 8]
        mov     [pfds + 8], eax
        mov     r14d, [rsp + 12]
        mov     edi, [pfds + 0]
        call    set_nonblock
        test    rax, rax
        js      .fail3
        mov     edi, [pfds + 8]
        call    set_nonblock
        test    rax, rax
        js      .fail3
        call    drain_sigfd
        ; start it: every signal blocked across clone, restored in both
        mov     qword [exec_errno], 0
        mov     eax, SYS_rt_sigprocmask
        mov     edi, SIG_SETMASK
        lea     rsi, [all_signals]
        mov     rdx, rsp                ; the old mask
        mov     r10d, SIGSET_SIZE
        syscall
        mov     eax, SYS_clone
        mov     edi, CLONE_VM | CLONE_VFORK | SIGCHLD
        lea     rsi, [child_stack_top]
        xor     edx, edx
        xor     r10d, r10d
        xor     r8d, r8d
        syscall
        test    rax, rax
        jz      child                   ; never returns
        mov     rbx, rax
        jns     .started
        xor     ebx, ebx
.started:
        mov     [child_pid], rbx
        mov     r15, rax
        mov     eax, SYS_rt_sigprocmask
        mov     edi, SIG_SETMASK
        mov     rsi, rsp
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        mov     edi, r12d
        call    close_fd
        mov     edi, r13d
        call    close_fd
        mov     edi, r14d
        call    close_fd
        test    r15, r15
        js      .clonefail
        cmp     qword [exec_errno], 0
        jne     .execfail
        ; relay until it exits
        mov     eax, [sigfd]
        mov     [pfds + 16], eax
        mov     dword [pfds + 4], POLLIN
        mov     dword [pfds + 12], POLLIN
        mov     dword [pfds + 20], POLLIN
.poll:
        mov     eax, SYS_poll
        lea     rdi, [pfds]
        mov     esi, 3
        mov     edx, -1
        syscall
        cmp     rax, -EINTR
        je      .poll
        test    rax, rax
        js      .pollfail
        cmp     word [pfds + 6], 0
        je      .noout
        mov     edi, [pfds + 0]
        call    read_out
        test    eax, eax
        jnz     .noout
        mov     edi, [pfds + 0]
        call    close_fd
        mov     dword [pfds + 0], -1    ; poll skips it from now on
        mov     word [pfds + 6], 0
.noout:
        cmp     word [pfds + 14], 0
        je      .noerr
        mov     edi, [pfds + 8]
        call    read_err
        test    eax, eax
        jnz     .noerr
        mov     edi, [pfds + 8]
        call    close_fd
        mov     dword [pfds + 8], -1
        mov     word [pfds + 14], 0
.noerr:
        cmp     word [pfds + 22], 0
        je      .poll
        call    drain_sigfd
        call    exited_yet
        test    eax, eax
        jz      .poll
.exited:
        ; its group goes; what the pipes hold already is read, nothing waited for
        mov     eax, SYS_kill
        mov     rdi, rbx
        neg     rdi
        mov     esi, SIGKILL
        syscall
        mov     edi, [pfds + 0]
        test    edi, edi
        js      .outdone
        call    read_out
        mov     edi, [pfds + 0]
        call    close_fd
.outdone:
        mov     edi, [pfds + 8]
        test    edi, edi
        js      .errdone
        call    read_err
        mov     edi, [pfds + 8]
        call    close_fd
.errdone:
        call    se_end
        call    reap
        mov     qword [child_pid], 0
        xor     eax, eax
        jmp     .out
.pollfail:                              ; cannot happen with valid arguments
        mov     eax, SYS_kill
        mov     rdi, rbx
        neg     rdi
        mov     esi, SIGKILL
        syscall
        jmp     .exited
.execfail:
        call    reap
        mov     qword [child_pid], 0
        mov     qword [h_kind], 3
        mov     rax, [exec_errno]
        mov     [h_status], rax
        mov     edi, [pfds + 0]
        call    close_fd
        mov     edi, [pfds + 8]
        call    close_fd
        xor     eax, eax
        jmp     .out
.clonefail:
        mov     qword [child_pid], 0
        mov     edi, [pfds + 0]
        call    close_fd
        mov     edi, [pfds + 8]
        call    close_fd
        mov     rax, r15
        jmp     .out
.fail3:
        mov     r15, rax
        mov     edi, [pfds + 8]
        call    close_fd
        mov     edi, r14d
        call    close_fd
        mov     rax, r15
.fail2:
        mov     r15, rax
        mov     edi, [pfds + 0]
        call    close_fd
        mov     edi, r13d
        call    close_fd
        mov     rax, r15
.fail1:
        mov     r15, rax
        mov     edi, r12d
        call    close_fd
        mov     rax, r15
.fail0:
.out:
        add     rsp, 32
        pop     r15
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        ret

; set_nonblock(edi fd) -> rax 0 | -errno
set_nonblock:
        mov     eax, SYS_fcntl
        mov     esi, F_SETFL
        mov     edx, O_NONBLOCK
        syscall
        ret

; exited_yet() -> eax 1 when the handler (child_pid) has exited; it stays a
; zombie (WNOWAIT), so its pid and process group id stay taken.
exited_yet:
        mov     qword [siginfo + SI_pid], 0
.again:
        mov     eax, SYS_waitid
        mov     edi, P_PID
        mov     rsi, [child_pid]
        lea     rdx, [siginfo]
        mov     r10d, WEXITED | WNOHANG | WNOWAIT
        xor     r8d, r8d
        syscall
        cmp     rax, -EINTR
        je      .again
        xor     eax, eax
        cmp     dword [siginfo + SI_pid], 0
        setne   al
        ret

; reap(): waits for child_pid and sets h_kind and h_status.
reap:
        mov     eax, SYS_waitid
        mov     edi, P_PID
        mov     rsi, [child_pid]
        lea     rdx, [siginfo]
        mov     r10d, WEXITED
        xor     r8d, r8d
        syscall
        cmp     rax, -EINTR
        je      reap
        mov     eax, [siginfo + SI_status]
        mov     [h_status], rax
        mov     ecx, 1
        cmp     dword [siginfo + SI_code], CLD_EXITED
        je      .set
        mov     ecx, 2
.set:
        cmp     qword [h_kind], 3
        je      .keep
        mov     [h_kind], rcx
.keep:
        ret

; The child of clone(CLONE_VM | CLONE_VFORK): it shares the runtime's memory
; and runs on child_stack while the runtime waits, so it only makes system
; calls. In: r12 memfd, r13 stdout write end, r14 stderr write end.
child:
        mov     eax, SYS_dup2
        mov     edi, r12d
        xor     esi, esi
        syscall
        test    rax, rax
        js      .failed
        mov     eax, SYS_dup2
        mov     edi, r13d
        mov     esi, 1
        syscall
        test    rax, rax
        js      .failed
        mov     eax, SYS_dup2
        mov     edi, r14d
        mov     esi, 2
        syscall
        test    rax, rax
        js      .failed
        mov     eax, SYS_setpgid
        xor     edi, edi
        xor     esi, esi
        syscall
        mov     eax, SYS_prctl
        mov     edi, PR_SET_PDEATHSIG
        mov     esi, SIGKILL
        syscall
        mov     eax, SYS_rt_sigaction
        mov     edi, SIGTERM
        lea     rsi, [dfl_action]
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        mov     eax, SYS_rt_sigaction
        mov     edi, SIGINT
        lea     rsi, [dfl_action]
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        mov     eax, SYS_rt_sigprocmask
        mov     edi, SIG_SETMASK
        lea     rsi, [empty_set]
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        mov     eax, SYS_execve
        lea     rdi, [handler_path]
        lea     rsi, [argv_vec]
        mov     rdx, [env_vector]
        syscall
.failed:
        neg     rax
        mov     [exec_errno], rax
        mov     eax, SYS_exit
        mov     edi, 127
        syscall
