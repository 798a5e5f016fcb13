; proc.asm - process mode: the handler executable, run once per event.
;
; proc_init resolves and checks the handler once. run_handler then, per event:
;   - puts the event in a fresh memfd (the handler's stdin: a handler that
;     never reads it can't block anyone),
;   - makes new stdout and stderr pipes (O_CLOEXEC; the read ends O_NONBLOCK),
;   - starts the handler with clone(CLONE_VM | CLONE_VFORK) on a stack of its
;     own; the child dup2s its fds, leaves for a process group of its own,
;     asks for SIGKILL should the runtime die (PR_SET_PDEATHSIG), unblocks
;     every signal and execve()s (which resets the caught ones to their
;     defaults); an execve error is stored in exec_errno,
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

%include "runtime.inc"


%define PATH_CAP    4096
%define SE_CAP      65536           ; longest stderr line passed on whole
%define TAIL_CAP    8192            ; power of two
%define TAIL_KEEP   4097            ; bytes of the last lines a stackTrace gets
%define RESP_STORE  MAX_RESPONSE
%define SCRATCH     65536
%define PER_EVENT_FDS 5             ; cfds and pfds but the signalfd's slot

section .data
align 8
child_pid:      dq 0
sigfd:          dq -1
argv_vec:       dq handler_path, 0
hpath_sb:       dq handler_path, 0, PATH_CAP, 0  ; builds handler_path

section .rodata
align 8
all_signals:    dq -1
empty_set:      dq 0
; struct kernel_sigaction for SIGTERM and SIGINT: on_term, every signal blocked meanwhile
term_action:    dq on_term, SA_RESTORER, restore_rt, -1
blocked_set:    dq SIGBIT(SIGCHLD) | SIGBIT(SIGPIPE)
chld_set:       dq SIGBIT(SIGCHLD)
k_handler:      db "_HANDLER", 0
k_task_root:    db "LAMBDA_TASK_ROOT", 0
default_root:   db "/var/task", 0
memfd_name:     db "event", 0
t_nosuch:       db "Runtime.NoSuchHandler"
t_nosuch_len    equ $ - t_nosuch
t_entry:        db "Runtime.InvalidEntrypoint"
t_entry_len     equ $ - t_entry

section .data                           ; small variables: addressed from rbp (runtime.inc, VB)
align 8
handler_name:    times 1 dq 0              ; what messages call it: _HANDLER or the packed path
handler_nlen:    times 1 dq 0
packed_ptr:      times 1 dq 0
packed_len:      times 1 dq 0
task_root:       times 1 dq 0
exec_errno:      times 1 dq 0
resp_ptr:        times 1 dq 0
resp_len:        times 1 dq 0              ; bytes stored
resp_total:      times 1 dq 0              ; bytes written by the handler
h_kind:          times 1 dq 0              ; 1 exited, 2 killed by a signal, 3 execve failed
h_status:        times 1 dq 0              ; exit status, or signal number, or errno
se_len:          times 1 dq 0
se_open:         times 1 dq 0              ; a piece of the current line is already out
tail_count:      times 1 dq 0
FVAR V_HANDLER, K_STR, handler_name
FVAR V_PACKED, K_STR, packed_ptr
FVAR V_TASKROOT, K_CSTR, task_root
FVAR V_HPATH, K_STR, hpath_sb
FVAR V_HSTATUS, K_NUM, h_status
FVAR V_HSIG, K_SIG, h_status
; Six fd slots of 8 bytes, an int fd first in each (-1: none), so that
; close_fds can walk them: cfds are what the child gets as fds 0-2 (the event's
; memfd, the write ends of the stdout and stderr pipes), pfds the pollfds of
; the stdout and stderr read ends and of the signalfd. The first PER_EVENT_FDS
; are the invocation's own; the signalfd (the last) is the runtime's.
cfds:            times 3 dq 0
pfds:            times 3 dq 0

section .bss
alignb 16
handler_path:   resb PATH_CAP + 8

stat_buf:       resb STAT_SIZE
alignb 16
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

; env_nonempty(rdi NUL-terminated name) -> rax its value, ZF 0; or rax 0,
; ZF 1 when it is unset or empty.
env_nonempty:
        sub     rsp, 8
        call    env_get
        add     rsp, 8
        test    rax, rax
        jz      .out
        cmp     byte [rax], 0
        jne     .out
        xor     eax, eax
.out:
        ret

; proc_init(rdi packed handler, rsi its length): finds the handler
; ($LAMBDA_TASK_ROOT/$_HANDLER, or the packed path when _HANDLER is empty or
; unset) and checks it as bootstrap.sh does; a refusal is posted to
; /init/error and the runtime exits. Then sets up signals and buffers.
; Registers: rbx _HANDLER value (0 if unset/empty).
proc_init:
        push    rbx
        mov     [rbp + packed_ptr - VB], rdi
        mov     [rbp + packed_len - VB], rsi
        mov     edi, k_task_root
        call    env_nonempty
        jnz     .root
        mov     eax, default_root
.root:
        mov     [rbp + task_root - VB], rax
        mov     edi, k_handler
        call    env_nonempty
        mov     rbx, rax
        jz      .packed
        mov     [rbp + handler_name - VB], rax
        mov     rdi, rax
        call    cstr_len
        mov     [rbp + handler_nlen - VB], rax
        ; _HANDLER must name a file inside the task root
        cmp     byte [rbx], '/'
        jne     .relative
        MSG     "_HANDLER is ", V_HANDLER, ", an absolute path: it must name a file relative to $LAMBDA_TASK_ROOT"
        jmp     .hint
.relative:
        mov     rdi, rbx
        call    has_dotdot
        test    eax, eax
        jz      .named
        MSG     "_HANDLER is ", V_HANDLER, ", which has a .. part: it must name a file inside $LAMBDA_TASK_ROOT"
        jmp     .hint
.packed:
        xor     ebx, ebx
        mov     rax, [rbp + packed_ptr - VB]
        mov     [rbp + handler_name - VB], rax
        mov     rax, [rbp + packed_len - VB]
        mov     [rbp + handler_nlen - VB], rax
.named:
        ; handler_path = task_root "/" name, NUL-terminated, bounded
        mov     rdi, [rbp + task_root - VB]
        call    cstr_len
        add     rax, [rbp + handler_nlen - VB]
        add     rax, 2
        cmp     rax, PATH_CAP
        jbe     .fits
        MSG     "the handler's path is longer than 4096 bytes"
        jmp     .nosuch
.fits:
        SBLIT   hpath_sb, V_TASKROOT, "/", V_HANDLER
        mov     rax, [rbp + hpath_sb - VB + SB_len]
        mov     byte [handler_path + rax], 0
        mov     eax, SYS_stat
        mov     edi, handler_path
        mov     esi, stat_buf
        syscall
        test    rax, rax
        jz      .exists
        test    rbx, rbx
        jz      .nopacked
        MSG     "_HANDLER names ", V_HPATH, ", which does not exist"
.hint:                                  ; msgsb += how the packed handler is reached
        MORE    " (the packed handler is ", V_TASKROOT, "/", V_PACKED, ": set the function's Handler to ", V_PACKED, " or leave it empty)"
        jmp     .nosuch
.nopacked:
        MSG     "the packed handler ", V_HPATH, " does not exist"
.nosuch:
        mov     edi, t_nosuch
        mov     esi, t_nosuch_len
        call    init_error              ; exits
.exists:
        mov     eax, [stat_buf + STAT_st_mode]
        and     eax, S_IFMT
        cmp     eax, S_IFREG
        jne     .notexec
        mov     eax, SYS_access
        mov     edi, handler_path
        mov     esi, X_OK
        syscall
        test    rax, rax
        jz      .checked
.notexec:
        MSG     V_HPATH, " is not an executable file (permission denied): the zip must record mode 0755 for it"
        mov     edi, t_entry
        mov     esi, t_entry_len
        call    init_error              ; exits
.checked:
        ; signals: SIGCHLD and SIGPIPE blocked, SIGCHLD read from a signalfd
        mov     eax, SYS_rt_sigprocmask
        mov     edi, SIG_BLOCK
        mov     esi, blocked_set
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        test    rax, rax
        jnz     .sigfail
        mov     eax, SYS_signalfd4
        mov     edi, -1
        mov     esi, chld_set
        mov     edx, SIGSET_SIZE
        mov     r10d, SFD_NONBLOCK | SFD_CLOEXEC
        syscall
        test    rax, rax
        js      .sigfail
        mov     [rbp + sigfd - VB], rax
        mov     edi, SIGINT
        call    set_on_term
        mov     edi, SIGTERM
        call    set_on_term
        mov     edi, RESP_STORE + PAGE
        call    map_anon
        mov     [rbp + resp_ptr - VB], rax
        pop     rbx
        ret
.sigfail:
        LOG     "cannot set up signal handling; exiting"
        call    fatal

; set_on_term(edi signal): the signal runs on_term.
set_on_term:
        mov     eax, SYS_rt_sigaction
        mov     esi, term_action
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        ret

; on_term(edi signal): SIGTERM or SIGINT. Kills the handler's process group
; and exits with 128 + signal. Only system calls: safe at any point.
on_term:
        mov     r12d, edi
        mov     rdi, [child_pid]                ; absolute: rbp may be anything here
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

; read_sigfd(): reads the pending SIGCHLD notification: SIGCHLD is a standard
; signal, pending once at most. A stale one (an execve failure's child is
; reaped without it) only costs a spare wake-up.
read_sigfd:
        mov     eax, SYS_read
        mov     rdi, [rbp + sigfd - VB]
        mov     esi, scratch
        mov     edx, SIGNALFD_INFO_SIZE
        syscall
        cmp     rax, -EINTR
        je      read_sigfd
        ret

; ---- stdout and stderr --------------------------------------------------------

; read_out(): reads the handler's stdout (pfds slot 0, if open) until it is
; empty for now (a short read says so: a pipe read returns all it holds); at
; EOF (or an error) closes it. Stores up to RESP_STORE bytes; past that reads
; into scratch and only counts.
read_out:
        cmp     dword [rbp + pfds - VB], 0
        jl      .later
        mov     rsi, [rbp + resp_ptr - VB]
        add     rsi, [rbp + resp_len - VB]
        mov     edx, RESP_STORE
        sub     rdx, [rbp + resp_len - VB]
        jnz     .read
        mov     esi, scratch
        mov     edx, SCRATCH
.read:
        mov     eax, SYS_read
        mov     edi, [rbp + pfds - VB]
        syscall
        cmp     rax, -EINTR
        je      read_out
        cmp     rax, -EAGAIN
        je      .later
        test    rax, rax
        jle     .eof
        add     [rbp + resp_total - VB], rax
        cmp     rsi, scratch            ; (all 64 bits: resp_ptr is an mmap address)
        je      .stored
        add     [rbp + resp_len - VB], rax
.stored:
        cmp     rax, rdx                ; (syscall keeps rdx)
        jae     read_out
        ret
.eof:
        lea     rsi, [rbp + pfds - VB]
        jmp     close_fd_slot
.later:
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
        add     [rbp + tail_count - VB], rax
        mov     r12d, TAIL_CAP
.fits:
        mov     rax, [rbp + tail_count - VB]
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
        mov     edi, tail_ring
        rep movsb
        add     [rbp + tail_count - VB], r12
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
        mov     esi, sebuf
        mov     rdx, rbx
        call    write_all               ; the function log: nothing to do if it fails
        mov     edi, sebuf
        mov     rsi, rbx
        call    tail_feed
        mov     rcx, [rbp + se_len - VB]
        sub     rcx, rbx
        mov     [rbp + se_len - VB], rcx
        mov     edi, sebuf
        lea     rsi, [sebuf + rbx]
        rep movsb                       ; dst < src
        pop     rbx
        ret

; read_err(): reads the handler's stderr (pfds slot 1, if open) until it is
; empty for now (a short read), passing whole lines on; at EOF (or an error)
; closes it. Registers: r12 start of the new bytes, ebx 1 after a short read.
read_err:
        push    rbx
        push    r12
        sub     rsp, 8
        cmp     dword [rbp + pfds + 8 - VB], 0
        jl      .later
.loop:
        mov     r12, [rbp + se_len - VB]
        mov     eax, SYS_read
        mov     edi, [rbp + pfds + 8 - VB]
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
        xor     ebx, ebx
        cmp     rax, rdx
        setb    bl
        add     [rbp + se_len - VB], rax
        lea     rdi, [sebuf + r12]
        mov     rsi, rax
        mov     edx, 10
        call    mem_rchr
        test    rax, rax
        jz      .noline
        mov     edi, sebuf
        sub     rax, rdi
        lea     rdi, [rax + 1]
        mov     qword [rbp + se_open - VB], 0
        call    se_emit
        jmp     .more
.noline:
        cmp     qword [rbp + se_len - VB], SE_CAP
        jb      .more
        mov     qword [rbp + se_open - VB], 1      ; a long line: out in pieces
        mov     edi, SE_CAP
        call    se_emit
.more:
        test    ebx, ebx
        jz      .loop
        jmp     .later
.eof:
        lea     rsi, [rbp + pfds + 8 - VB]
        call    close_fd_slot
.later:
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

; se_end(): ends the invocation's last line: a line without \n is a line.
se_end:
        sub     rsp, 8
        mov     rdi, [rbp + se_len - VB]
        test    rdi, rdi
        jnz     .end
        cmp     qword [rbp + se_open - VB], 0
        je      .out
.end:
        mov     eax, sebuf
        mov     byte [rax + rdi], 10
        inc     rdi
        mov     [rbp + se_len - VB], rdi
        call    se_emit
.out:
        mov     qword [rbp + se_open - VB], 0
        mov     qword [rbp + se_len - VB], 0
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
        mov     rax, [rbp + tail_count - VB]
        test    rax, rax
        jz      .out
        mov     r13, rax
        cmp     r13, TAIL_KEEP
        jbe     .take
        mov     r13d, TAIL_KEEP
.take:                                  ; tail_lin = the last r13 bytes
        xor     ecx, ecx
        mov     r8, [rbp + tail_count - VB]
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
        mov     ebx, tail_lin
        lea     r12, [tail_lin + r13 - 1]       ; the final \n
        mov     rax, [rbp + tail_count - VB]
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

; close_fds(rsi first slot, edx count): closes the fd of each 8-byte slot
; that holds one (>= 0) and marks the slot -1. close_fd_slot: one slot.
close_fd_slot:
        mov     edx, 1
close_fds:
        mov     edi, [rsi]
        test    edi, edi
        js      .next
        mov     eax, SYS_close
        syscall                         ; nothing to do about a failed close
        or      dword [rsi], -1
.next:
        add     rsi, 8
        dec     edx
        jnz     close_fds
        ret

; run_handler() -> eax 0 when it ran (h_kind, h_status, resp_*, the tail set),
; or -errno when it could not be started (no fds, no memory). Every fd it
; opens is in cfds or pfds, so that one close_fds cleans up after a failure.
; Registers: rbx bytes of the event written, then the pollfd being made,
; then the pid; r12 clone's result; [rsp] the saved signal mask.
run_handler:
        push    rbx
        push    r12
        sub     rsp, 8
        mov     rdi, [rbp + resp_ptr - VB]      ; the last response was big: give its pages back
        mov     esi, RESP_STORE + PAGE
        mov     rdx, [rbp + resp_len - VB]
        call    trim_pages
        xor     eax, eax                ; resp_len .. tail_count = 0
        lea     rdi, [rbp + resp_len - VB]
        mov     ecx, (tail_count + 8 - resp_len) / 8
        rep stosq
        dec     rax                     ; the invocation's fd slots: no fd
        lea     rdi, [rbp + cfds - VB]
        mov     ecx, PER_EVENT_FDS
        rep stosq
        mov     eax, SYS_memfd_create
        mov     edi, memfd_name
        mov     esi, MFD_CLOEXEC
        syscall
        test    rax, rax
        js      .fail
        mov     [rbp + cfds - VB], eax
        ; the event, with pwrite: the file offset stays 0 for the handler's reads
        xor     ebx, ebx                ; bytes written
.event:
        mov     rdx, [rbp + ev_len - VB]
        sub     rdx, rbx
        jz      .pipes
        mov     eax, SYS_pwrite64
        mov     edi, [rbp + cfds - VB]
        mov     rsi, [rbp + ev_ptr - VB]
        add     rsi, rbx
        mov     r10, rbx
        syscall
        cmp     rax, -EINTR
        je      .event
        add     rbx, rax
        test    rax, rax
        jg      .event
        jl      .fail                   ; -errno
        mov     rax, -EIO               ; no progress
        jmp     .fail
.pipes:
        ; two pipes, each made in its pollfd: the read end lands in the fd
        ; field, the write end in events/revents, whence it moves to cfds
        lea     rbx, [rbp + pfds - VB]
.pipe:
        mov     eax, SYS_pipe2
        mov     rdi, rbx
        mov     esi, O_CLOEXEC
        syscall
        test    rax, rax
        jnz     .fail
        mov     eax, [rbx + 4]
        mov     [rbx + cfds + 8 - pfds], eax    ; cfds slot 1, then 2
        or      dword [rbx + 4], -1
        mov     eax, SYS_fcntl          ; the read end: O_NONBLOCK
        mov     edi, [rbx]
        mov     esi, F_SETFL
        mov     edx, O_NONBLOCK
        syscall
        test    rax, rax
        js      .fail
        add     rbx, 8
        lea     rax, [rbp + pfds + 16 - VB]
        cmp     rbx, rax
        jb      .pipe
        ; start it: every signal blocked across clone, restored in both
        mov     qword [rbp + exec_errno - VB], 0
        mov     eax, SYS_rt_sigprocmask
        mov     edi, SIG_SETMASK
        mov     esi, all_signals
        mov     rdx, rsp                ; the old mask
        mov     r10d, SIGSET_SIZE
        syscall
        mov     eax, SYS_clone
        mov     edi, CLONE_VM | CLONE_VFORK | SIGCHLD
        mov     esi, child_stack_top
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
        mov     [rbp + child_pid - VB], rbx
        mov     r12, rax
        mov     eax, SYS_rt_sigprocmask
        mov     edi, SIG_SETMASK
        mov     rsi, rsp
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        lea     rsi, [rbp + cfds - VB]  ; the child's ends are the child's
        mov     edx, 3
        call    close_fds
        mov     rax, r12
        test    rax, rax
        js      .fail                   ; clone failed
        cmp     qword [rbp + exec_errno - VB], 0
        jne     .execfail
        ; relay until it exits
        mov     eax, [rbp + sigfd - VB]
        mov     [rbp + pfds + 16 - VB], eax
        mov     dword [rbp + pfds + 4 - VB], POLLIN
        mov     dword [rbp + pfds + 12 - VB], POLLIN
        mov     dword [rbp + pfds + 20 - VB], POLLIN
.poll:
        mov     eax, SYS_poll
        lea     rdi, [rbp + pfds - VB]
        mov     esi, 3
        mov     edx, -1
        syscall
        cmp     rax, -EINTR
        je      .poll
        test    rax, rax
        js      .exited                 ; cannot happen with valid arguments
        cmp     word [rbp + pfds + 6 - VB], 0
        je      .noout
        call    read_out                ; closes it at EOF: poll skips it then
.noout:
        cmp     word [rbp + pfds + 14 - VB], 0
        je      .noerr
        call    read_err
.noerr:
        cmp     word [rbp + pfds + 22 - VB], 0
        je      .poll
        call    read_sigfd
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
        call    read_out                ; (each skips a pipe already closed)
        call    read_err
        call    se_end
        call    reap
        jmp     .done
.execfail:
        call    reap
        mov     qword [rbp + h_kind - VB], 3
        mov     rax, [rbp + exec_errno - VB]
        mov     [rbp + h_status - VB], rax
.done:
        xor     eax, eax
.fail:                                  ; rax: 0, or -errno
        mov     qword [rbp + child_pid - VB], 0
        mov     rbx, rax
        lea     rsi, [rbp + cfds - VB]
        mov     edx, PER_EVENT_FDS
        call    close_fds
        mov     rax, rbx
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

; wait_child(r10d options): waitid(P_PID, child_pid, siginfo, options),
; retried when interrupted.
wait_child:
        mov     eax, SYS_waitid
        mov     edi, P_PID
        mov     rsi, [rbp + child_pid - VB]
        mov     edx, siginfo
        xor     r8d, r8d
        syscall
        cmp     rax, -EINTR
        je      wait_child
        ret

; exited_yet() -> eax 1 when the handler (child_pid) has exited; it stays a
; zombie (WNOWAIT), so its pid and process group id stay taken.
exited_yet:
        mov     dword [siginfo + SI_pid], 0
        mov     r10d, WEXITED | WNOHANG | WNOWAIT
        call    wait_child
        xor     eax, eax
        cmp     dword [siginfo + SI_pid], 0
        setne   al
        ret

; reap(): waits for child_pid and sets h_kind (1 exited, 2 killed) and h_status.
reap:
        mov     r10d, WEXITED
        call    wait_child
        mov     eax, [siginfo + SI_status]
        mov     [rbp + h_status - VB], rax
        xor     eax, eax
        cmp     dword [siginfo + SI_code], CLD_EXITED
        setne   al
        inc     eax
        mov     [rbp + h_kind - VB], rax
        ret

; The child of clone(CLONE_VM | CLONE_VFORK): it shares the runtime's memory
; and runs on child_stack while the runtime waits, so it only makes system
; calls (and calls on that stack). Registers: ebx the fd being set (0-2).
child:
        xor     ebx, ebx
.dup:                                   ; fds 0-2 = cfds
        mov     eax, SYS_dup2
        mov     edi, [rbp + cfds - VB + 8*rbx]
        mov     esi, ebx
        syscall
        test    rax, rax
        js      .failed
        inc     ebx
        cmp     ebx, 3
        jb      .dup
        mov     eax, SYS_setpgid
        xor     edi, edi
        xor     esi, esi
        syscall
        mov     eax, SYS_prctl
        mov     edi, PR_SET_PDEATHSIG
        mov     esi, SIGKILL
        syscall
        ; SIGTERM and SIGINT need no reset: execve makes a caught signal's
        ; action the default. One that lands between the unblock and execve
        ; runs on_term here, where child_pid is still 0: the child exits.
        mov     eax, SYS_rt_sigprocmask
        mov     edi, SIG_SETMASK
        mov     esi, empty_set
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        mov     eax, SYS_execve
        mov     edi, handler_path
        mov     esi, argv_vec
        mov     rdx, [rbp + env_vector - VB]
        syscall
.failed:
        neg     rax
        mov     [rbp + exec_errno - VB], rax
        mov     eax, SYS_exit
        mov     edi, 127
        syscall
