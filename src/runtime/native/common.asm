; common.asm - the runtime's shared helpers: complete writes, memory and string
; routines, decimal and hex formatting, bounded string builders for log lines
; and error messages, anonymous memory, and the environment given to handlers.
; No libc: system calls only, through `syscall`.
;
; Register use: System V AMD64 (see sys.inc). Every function here preserves
; rbx, rbp and r12-r15, and keeps rsp 16-byte aligned at any call it makes.

%include "runtime.inc"

%define LOG_CAP     4096            ; one log line, prefix and \n included
%define MSG_CAP     16384           ; one error message
%define ENV_STR_CAP (MAX_HEADER_BYTES + 256)      ; + the six keys (148 bytes) and NULs
%define ENV_SLOTS   6

section .data
align 8
vbase:                                  ; the first of the variables rbp addresses (VB)
; StringBuilders: ptr, len, cap, sanitise (1: control bytes become '?')
logsb:  dq logbuf, prefix_len, LOG_CAP - 1, 1        ; one byte kept for the \n
msgsb:  dq msgbuf, 0, MSG_CAP, 0

section .rodata
prefix:         db "bootstrap: "
prefix_len      equ $ - prefix
devnull:        db "/dev/null", 0
k_api:          db "AWS_LAMBDA_RUNTIME_API", 0
%ifdef MODE_INPROCESS
%endif
; The variables the runtime sets per invocation (they replace inherited ones),
; each a length byte and the text, in the order of hv[HV_ID .. HV_TRACE].
env_keys:       db 22, "AWS_LAMBDA_REQUEST_ID="
                db 23, "AWS_LAMBDA_DEADLINE_MS="
                db 32, "AWS_LAMBDA_INVOKED_FUNCTION_ARN="
                db 17, "_X_AMZN_TRACE_ID="
                db 26, "AWS_LAMBDA_CLIENT_CONTEXT="
                db 28, "AWS_LAMBDA_COGNITO_IDENTITY="
env_keys_end:
%if HV_ID != 0 || HV_DEADLINE != 1 || HV_ARN != 2 || HV_TRACE != 3 || HV_CC != 4 || HV_COG != 5 || HV_COUNT != ENV_SLOTS
%error "env_keys follows hv's order"
%endif

section .data                           ; small variables: addressed from rbp (runtime.inc, VB)
align 8
fmt_val:         times 1 dq 0
env_table:       times 1 dq 0          ; ENV_SLOTS per-invoke slots, then the inherited entries, then NULL
env_vector:      times 1 dq 0          ; what execve gets: the first slot env_update filled

section .bss
logbuf:         resb LOG_CAP        ; starts with the prefix, put there once by rt_init
msgbuf:         resb MSG_CAP
alignb 8
env_strs:       resb ENV_STR_CAP

section .text

; write_all(edi fd, rsi buf, rdx len) -> rax 0, or -errno. send_all_fd(edi
; socket, rsi buf, rdx len) does the same with send(MSG_NOSIGNAL): a dead peer
; is an error, not SIGPIPE. Both loop on short writes and retry EINTR; EAGAIN is
; an error (the fds are blocking). Registers: r12 fd, r13 cursor, r14 bytes
; left, r15d send flags (0: write).
write_all:
        xor     ecx, ecx
        jmp     io_all
send_all_fd:
        mov     ecx, MSG_NOSIGNAL
io_all:
        push    r12
        push    r13
        push    r14
        push    r15
        mov     r12d, edi
        mov     r13, rsi
        mov     r14, rdx
        mov     r15d, ecx
.loop:
        xor     eax, eax
        test    r14, r14
        jz      .out
        mov     edi, r12d
        mov     rsi, r13
        mov     rdx, r14
        mov     r10d, r15d
        xor     r8d, r8d
        xor     r9d, r9d
        mov     al, SYS_write
        test    r10d, r10d
        jz      .go
        mov     al, SYS_sendto
.go:    syscall
        cmp     rax, -EINTR
        je      .loop
        test    rax, rax
        js      .out                    ; -errno
        jz      .eio                    ; 0 bytes written for n > 0: give up
        add     r13, rax
        sub     r14, rax
        jmp     .loop
.eio:
        mov     rax, -EIO
.out:
        pop     r15
        pop     r14
        pop     r13
        pop     r12
        ret

; mem_copy(rdi dst, rsi src, rdx n) -> rax dst + n. Forward copy: the ranges
; may overlap only with dst <= src (used to move data down a buffer).
mem_copy:
        mov     rcx, rdx
        rep movsb
        mov     rax, rdi
        ret

; mem_chr(rdi p, rsi n, edx byte) -> rax pointer to the first byte == dl, or 0.
mem_chr:
        test    rsi, rsi
        jz      .none
        mov     eax, edx
        mov     rcx, rsi
        repne scasb
        jne     .none
        lea     rax, [rdi - 1]
        ret
.none:
        xor     eax, eax
        ret

; mem_rchr(rdi p, rsi n, edx byte) -> rax pointer to the last byte == dl, or 0.
mem_rchr:
        lea     rax, [rdi + rsi]
.loop:
        cmp     rax, rdi
        je      .none
        dec     rax
        cmp     [rax], dl
        jne     .loop
        ret
.none:
        xor     eax, eax
        ret

; mem_ieq(rdi p, rsi lit, rdx n) -> eax 1 when the n bytes at p equal lit with
; ASCII letters of p folded to lower case (lit must be lower case).
mem_ieq:
        xor     ecx, ecx
.loop:
        cmp     rcx, rdx
        je      .yes
        movzx   eax, byte [rdi + rcx]
        lea     r8d, [rax - 'A']
        cmp     r8d, 25
        ja      .cmp
        or      eax, 0x20
.cmp:
        cmp     al, [rsi + rcx]
        jne     .no
        inc     rcx
        jmp     .loop
.yes:
        mov     eax, 1
        ret
.no:
        xor     eax, eax
        ret

; cstr_len(rdi s) -> rax bytes before the NUL.
cstr_len:
        mov     rax, rdi
.loop:
        cmp     byte [rax], 0
        je      .end
        inc     rax
        jmp     .loop
.end:
        sub     rax, rdi
        ret

; parse_dec(rdi p, rsi n) -> rax value, edx 1; edx 0 when the text is empty,
; holds a non-digit, or is over 2^63 - 1.
parse_dec:
        xor     eax, eax
        xor     edx, edx
        test    rsi, rsi
        jz      .bad
        xor     ecx, ecx
        mov     r9, 922337203685477580  ; (2^63 - 1) / 10
.loop:
        cmp     rcx, rsi
        je      .ok
        movzx   r8d, byte [rdi + rcx]
        sub     r8d, '0'
        cmp     r8d, 9
        ja      .bad
        cmp     rax, r9
        ja      .bad
        imul    rax, rax, 10
        add     rax, r8
        js      .bad
        inc     rcx
        jmp     .loop
.ok:
        mov     edx, 1
        ret
.bad:
        xor     eax, eax
        xor     edx, edx
        ret

; ---- StringBuilders: rdi points at {ptr, len, cap, sanitise}. Appends never
; pass cap: what does not fit is dropped.

; sb_add(rdi sb, rsi p, rdx n)
sb_add:
        mov     rax, [rdi + SB_cap]
        sub     rax, [rdi + SB_len]     ; room
        cmp     rdx, rax
        cmova   rdx, rax
        mov     rcx, rdx
        mov     r8, [rdi + SB_ptr]
        add     r8, [rdi + SB_len]
        add     [rdi + SB_len], rdx
        cmp     qword [rdi + SB_san], 0
        jne     .san
        mov     rdi, r8
        rep movsb
        ret
.san:                                   ; control bytes and DEL become '?'
        test    rcx, rcx
        jz      .done
        mov     al, [rsi]
        cmp     al, 0x20
        jb      .q
        cmp     al, 0x7f
        jne     .put
.q:     mov     al, '?'
.put:   mov     [r8], al
        inc     rsi
        inc     r8
        dec     rcx
        jmp     .san
.done:
        ret

; sb_addz(rdi sb, rsi NUL-terminated string)
sb_addz:
        push    rdi
        push    rsi
        mov     rdi, rsi
        call    cstr_len
        mov     rdx, rax
        pop     rsi
        pop     rdi
        jmp     sb_add

; sb_num(rdi sb, rsi value): unsigned decimal. The digits (at most 20) are
; made backwards in a scratch on the stack, then appended (sb_add makes no calls).
sb_num:
        sub     rsp, 24
        mov     rax, rsi
        lea     rsi, [rsp + 24]         ; one past the last digit
        mov     ecx, 10
.loop:
        xor     edx, edx
        div     rcx
        add     dl, '0'
        dec     rsi
        mov     [rsi], dl
        test    rax, rax
        jnz     .loop
        lea     rdx, [rsp + 24]
        sub     rdx, rsi
        call    sb_add
        add     rsp, 24
        ret

%ifdef MODE_INPROCESS
; sb_snum(rdi sb, rsi value): signed decimal.
sb_snum:
        test    rsi, rsi
        jns     sb_num
        neg     rsi
        push    rsi
        push    rdi
        sub     rsp, 8
        FRAMELIT rdi, "-"               ; (not SBLIT: fmt_val belongs to the template that called)
        add     rsp, 8
        pop     rdi
        pop     rsi
        jmp     sb_num


; sb_hex(rdi sb, rsi value): "0x" and 16 hex digits.
sb_hex:
        push    rbx
        sub     rsp, 32
        mov     rbx, rdi
        mov     word [rsp], '0x'
        mov     ecx, 16
        mov     r8d, hex                ; (json.asm)
.loop:
        mov     rax, rsi
        and     eax, 15
        mov     al, [r8 + rax]
        mov     [rsp + 1 + rcx], al
        shr     rsi, 4
        dec     ecx
        jnz     .loop
        mov     rdi, rbx
        mov     rsi, rsp
        mov     edx, 18
        call    sb_add
        add     rsp, 32
        pop     rbx
        ret
%endif

; fmt(rdi sb): appends the template that follows the call (see runtime.inc)
; and returns past it; a template that shows variables needs rbp = VB. fmt_msg resets msgsb first, fmt_more appends to it,
; fmt_log restarts logsb after its "bootstrap: " prefix; those three set
; fmt_val = rsi. Registers: rbx template cursor, r12 sb (r13, r14 pushed to
; keep rsp aligned for the calls).
fmt_log:
        mov     qword [rbp + logsb - VB + SB_len], prefix_len
        mov     edi, logsb
        jmp     fmt_v
fmt_msg:
        mov     qword [rbp + msgsb - VB + SB_len], 0
fmt_more:
        mov     edi, msgsb
fmt_v:
        mov     [rbp + fmt_val - VB], rsi
fmt:
        pop     rax
        push    rbx
        push    r12
        push    r13
        push    r14
        mov     rbx, rax
        mov     r12, rdi
.run:                                   ; text: up to a 0 or a reference
        mov     rsi, rbx
.scan:
        cmp     byte [rbx], 0
        jle     .text                   ; 0, or a byte >= 0x80
        inc     rbx
        jmp     .scan
.text:
        mov     rdx, rbx
        sub     rdx, rsi
        mov     rdi, r12
        call    sb_add
        movzx   eax, byte [rbx]
        inc     rbx
        test    eax, eax
        jz      .end
        lea     rax, [rax + 2*rax]      ; 3-byte entries from fmt_tab
        movzx   ecx, byte [fmt_tab + rax - 3*0x80]
        movsx   rsi, word [fmt_tab + rax - 3*0x80 + 1]
        add     rsi, rbp                ; the variable's address
        mov     rdi, r12
        cmp     cl, K_REPLY
        je      .reply
        mov     rdx, rsi
        mov     rsi, [rsi]
        cmp     cl, K_CSTR
        je      .z
        cmp     cl, K_SIG
        je      .sig
        cmp     cl, K_STR
        je      .str
        cmp     cl, K_JSON
        je      .json
%ifdef MODE_INPROCESS
        cmp     cl, K_SNUM
        jne     .num
        call    sb_snum
        jmp     .run
%endif
.num:   call    sb_num
        jmp     .run
.z:     call    sb_addz
        jmp     .run
.sig:   call    sb_signal
        jmp     .run
.reply:                                 ; " " and the body start, if any
        cmp     qword [rsi + SB_len], 0         ; rsi: reply_sb
        je      .run
        mov     esi, prefix + prefix_len - 1
        mov     edx, 1
        call    sb_add
        mov     rdi, r12
        mov     edx, reply_sb
        mov     rsi, [rdx]
.str:   mov     rdx, [rdx + 8]
        call    sb_add
        jmp     .run
.json:  mov     rdx, [rdx + 8]
        call    sb_json
        jmp     .run
.end:
        mov     rax, rbx
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        jmp     rax

; log_start(): logsb = "bootstrap: " (the prefix stays in logbuf).
log_start:
        mov     qword [rbp + logsb - VB + SB_len], prefix_len
        ret

; log_flush(): ends the line with \n (room is always kept) and writes it to
; fd 2 in one write_all, so a log line is never split by another of ours.
log_flush:
        sub     rsp, 8
        mov     esi, logbuf
        mov     rdx, [rbp + logsb - VB + SB_len]
        mov     byte [rsi + rdx], 10
        inc     rdx
        mov     edi, 2
        call    write_all               ; a log that can't be written is lost
        add     rsp, 8
        jmp     log_start

; fatal(): writes the pending log line and exits with status 1.
fatal:
        call    log_flush
        mov     eax, SYS_exit_group
        mov     edi, 1
        syscall

; map_anon(rdi size) -> rax: fresh zeroed private memory, reserved without
; swap accounting (pages cost memory only once touched). Exits on failure.
map_anon:
        sub     rsp, 8
        mov     rsi, rdi
        xor     edi, edi
        mov     edx, PROT_READ | PROT_WRITE
        mov     r10d, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE
        or      r8, -1
        xor     r9d, r9d
        mov     eax, SYS_mmap
        syscall
        cmp     rax, -MAX_ERRNO
        jae     .fail
        add     rsp, 8
        ret
.fail:
        LOG     "cannot map memory for the runtime's buffers; exiting"
        call    fatal

; sleep_100ms(): nanosleep for 100 ms, going on with the remaining time when
; interrupted (the kernel reads the request before it writes the remainder, so
; one timespec serves as both).
sleep_100ms:
        push    100000000               ; tv_nsec
        push    0                       ; tv_sec
.again:
        mov     eax, SYS_nanosleep
        mov     rdi, rsp
        mov     rsi, rsp
        syscall
        cmp     rax, -EINTR
        je      .again
        add     rsp, 16
        ret

; rt_init(rdi envp): what both entry points do first: fds 0-2 made safe, the
; log prefix put in logbuf, the handlers' environment built, and the Runtime
; API's address read (exits 1 when it is unusable).
rt_init:
        push    rbx
        mov     rbx, rdi
        call    ensure_std_fds
        mov     edi, logbuf             ; logsb's length starts at prefix_len
        mov     esi, prefix
        mov     ecx, prefix_len
        rep movsb
        mov     rdi, rbx
        call    env_init
        mov     edi, k_api
        call    env_get
        mov     rdi, rax
        pop     rbx
        jmp     api_init

; ensure_std_fds(): any of fds 0-2 that is closed gets /dev/null, so that no
; socket, pipe or memfd of the runtime ever lands on them. Exits if it can't.
ensure_std_fds:
        push    rbx
        xor     ebx, ebx
.loop:
        mov     eax, SYS_fcntl
        mov     edi, ebx
        mov     esi, F_GETFD
        syscall
        test    rax, rax
        jns     .next
        mov     eax, SYS_open           ; takes the lowest free fd: this one
        mov     edi, devnull
        mov     esi, O_RDWR
        xor     edx, edx
        syscall
        cmp     rax, rbx
        je      .next
        mov     eax, SYS_exit_group     ; nowhere to log to
        mov     edi, 1
        syscall
.next:
        inc     ebx
        cmp     ebx, 3
        jb      .loop
        pop     rbx
        ret

; ---- the environment handlers get ----------------------------------------------
; env_table (mmap'd once): slots 0 to ENV_SLOTS-1 hold the per-invoke
; variables, filled from the last slot down (request id, deadline, ARN, then
; the trace id, client context and Cognito identity when the event has them),
; then every inherited entry except those six names, then NULL. env_vector is
; &the lowest slot filled.

; starts_with(rdi s, rsi prefix, rdx n) -> eax 1 when s begins with prefix
; (always for n = 0). s is NUL-terminated and prefix holds no NUL, so the
; compare stops at s's end. Clobbers rcx, rsi, rdi.
starts_with:
        xor     eax, eax                ; ZF = 1: the answer when n = 0
        mov     rcx, rdx
        repe cmpsb
        sete    al
        ret

; is_reserved(rdi entry) -> eax 1 when the entry sets one of the six names.
; Registers: r8 entry, r9 key cursor (env_keys).
is_reserved:
        mov     r8, rdi
        mov     r9d, env_keys
.loop:
        movzx   edx, byte [r9]
        inc     r9
        mov     rdi, r8
        mov     rsi, r9
        add     r9, rdx
        call    starts_with
        test    eax, eax
        jnz     .out
        cmp     r9, env_keys_end
        jb      .loop
.out:
        ret

; env_init(rdi envp): builds env_table. Registers: rbx envp, r12 count,
; r13 table, r14 write index.
env_init:
        push    rbx
        push    r12
        push    r13
        push    r14
        sub     rsp, 8
        mov     rbx, rdi
        xor     r12d, r12d
.count:
        cmp     qword [rbx + 8*r12], 0
        je      .counted
        inc     r12
        jmp     .count
.counted:
        lea     rdi, [8*r12 + 8*(ENV_SLOTS + 1)]   ; the slots, the inherited entries, NULL
        call    map_anon
        mov     r13, rax
        mov     [rbp + env_table - VB], rax
        mov     r14d, ENV_SLOTS
        xor     r12d, r12d
.copy:
        mov     rdi, [rbx + 8*r12]
        test    rdi, rdi
        jz      .end
        call    is_reserved
        test    eax, eax
        jnz     .skip
        mov     rdi, [rbx + 8*r12]
        mov     [r13 + 8*r14], rdi
        inc     r14
.skip:
        inc     r12
        jmp     .copy
.end:
        mov     qword [r13 + 8*r14], 0  ; the NULL; env_update fills the slots
        add     rsp, 8
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        ; fall through

; env_update(): rewrites the per-invoke slots from the current headers (hv):
; for each i in hv's order, env_keys[i] and hv[i]'s value, NUL-terminated, in
; env_strs (which ENV_STR_CAP bounds: the values come from headers of at most
; MAX_HEADER_BYTES in total), into the next slot down from the last; i >= 3
; (trace id, client context, Cognito identity) only when the header came, so
; that an absent one is unset. Registers: rdi cursor in env_strs, rsi key
; cursor, r8 hv entry, r9 slot, r10d i.
env_update:
        mov     r9, [rbp + env_table - VB]
        add     r9, 8 * (ENV_SLOTS - 1)
        mov     edi, env_strs
        mov     esi, env_keys
        mov     r8d, hv
        xor     r10d, r10d
.loop:
        movzx   ecx, byte [rsi]
        inc     rsi
        cmp     r10d, HV_TRACE          ; trace id and after: only when present
        jb      .put
        cmp     qword [r8 + 8], 0
        jne     .put
        add     rsi, rcx                ; absent: no slot, and its key is passed
        jmp     .next
.put:
        mov     [r9], rdi
        sub     r9, 8
        rep movsb                       ; "NAME="
        mov     rdx, rsi
        mov     rsi, [r8]
        mov     rcx, [r8 + 8]
        rep movsb                       ; the value
        mov     byte [rdi], 0
        inc     rdi
        mov     rsi, rdx
.next:
        add     r8, 16
        inc     r10d
        cmp     r10d, ENV_SLOTS
        jb      .loop
        add     r9, 8
        mov     [rbp + env_vector - VB], r9
        ret

; env_get(rdi NUL-terminated name) -> rax its value (NUL-terminated) in the
; current environment, or 0. Registers: rbx name, r12 vector cursor, r13 name length.
env_get:
        push    rbx
        push    r12
        push    r13
        mov     rbx, rdi
        xor     eax, eax
        test    rdi, rdi
        jz      .out
        call    cstr_len
        mov     r13, rax
        mov     r12, [rbp + env_vector - VB]
.loop:
        mov     rdi, [r12]
        xor     eax, eax
        test    rdi, rdi
        jz      .out
        mov     rsi, rbx
        mov     rdx, r13
        call    starts_with
        test    eax, eax
        jz      .next
        mov     rdi, [r12]
        cmp     byte [rdi + r13], '='
        jne     .next
        lea     rax, [rdi + r13 + 1]
        jmp     .out
.next:
        add     r12, 8
        jmp     .loop
.out:
        pop     r13
        pop     r12
        pop     rbx
        ret
