; common.asm - the runtime's shared helpers: complete writes, memory and string
; routines, decimal and hex formatting, bounded string builders for log lines
; and error messages, anonymous memory, and the environment given to handlers.
; No libc: system calls only, through `syscall`.
;
; Register use: System V AMD64 (see sys.inc). Every function here preserves
; rbx, rbp and r12-r15, and keeps rsp 16-byte aligned at any call it makes.

default rel
%include "runtime.inc"

%define LOG_CAP     4096            ; one log line, prefix and \n included
%define MSG_CAP     16384           ; one error message
%define ENV_STR_CAP (MAX_HEADER_BYTES + 256)

section .data
align 8
; StringBuilders: ptr, len, cap, sanitise (1: control bytes become '?')
logsb:  dq logbuf, 0, LOG_CAP - 1, 1        ; one byte kept for the \n
msgsb:  dq msgbuf, 0, MSG_CAP, 0

section .rodata
prefix:         db "bootstrap: "
prefix_len      equ $ - prefix
devnull:        db "/dev/null", 0
hexdigits:      db "0123456789abcdef"
; The variables the runtime sets per invocation (they replace inherited ones).
env_k_id:       db "AWS_LAMBDA_REQUEST_ID="
env_k_id_len    equ $ - env_k_id
env_k_dl:       db "AWS_LAMBDA_DEADLINE_MS="
env_k_dl_len    equ $ - env_k_dl
env_k_arn:      db "AWS_LAMBDA_INVOKED_FUNCTION_ARN="
env_k_arn_len   equ $ - env_k_arn
env_k_tr:       db "_X_AMZN_TRACE_ID="
env_k_tr_len    equ $ - env_k_tr

section .bss
logbuf:         resb LOG_CAP
msgbuf:         resb MSG_CAP
alignb 8
env_table:      resq 1          ; 4 per-invoke slots, then the inherited entries, then NULL
env_vector:     resq 1          ; what execve gets: &env_table[0] or [1] (no trace id)
env_strs:       resb ENV_STR_CAP

section .text

; write_all(edi fd, rsi buf, rdx len) -> rax 0, or -errno.
; Loops on short writes and retries EINTR. EAGAIN is an error (fds written
; with it are blocking). Registers: r12 fd, r13 cursor, r14 bytes left.
write_all:
        push    r12
        push    r13
        push    r14
        mov     r12d, edi
        mov     r13, rsi
        mov     r14, rdx
.loop:
        test    r14, r14
        jz      .ok
        mov     eax, SYS_write
        mov     edi, r12d
        mov     rsi, r13
        mov     rdx, r14
        syscall
        cmp     rax, -EINTR
        je      .loop
        test    rax, rax
        js      .out                    ; -errno
        jz      .eio                    ; write() returning 0 for n > 0: give up
        add     r13, rax
        sub     r14, rax
        jmp     .loop
.eio:
        mov     rax, -5
        jmp     .out
.ok:
        xor     eax, eax
.out:
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

; u64_dec(rdi value, rsi dst) -> rax digits written (1-20) at dst.
; Uses a 24-byte scratch on the stack.
u64_dec:
        sub     rsp, 24
        mov     rax, rdi
        lea     r8, [rsp + 24]          ; digits are produced backwards
        mov     r9, rsi
        mov     ecx, 10
.loop:
        xor     edx, edx
        div     rcx
        add     dl, '0'
        dec     r8
        mov     [r8], dl
        test    rax, rax
        jnz     .loop
        lea     rdx, [rsp + 24]
        sub     rdx, r8                 ; count
        mov     rax, rdx
        mov     rdi, r9
        mov     rsi, r8
        mov     rcx, rdx
        rep movsb
        add     rsp, 24
        ret

; ---- StringBuilders: rdi points at {ptr, len, cap, sanitise}. Appends never
; pass cap: what does not fit is dropped.

sb_reset:
        mov     qword [rdi + SB_len], 0
        ret

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

; sb_num(rdi sb, rsi value): unsigned decimal.
sb_num:
        push    rbx
        sub     rsp, 32
        mov     rbx, rdi
        mov     rdi, rsi
        mov     rsi, rsp
        call    u64_dec
        mov     rdi, rbx
        mov     rsi, rsp
        mov     rdx, rax
        call    sb_add
        add     rsp, 32
        pop     rbx
        ret

; sb_snum(rdi sb, rsi value): signed decimal.
sb_snum:
        test    rsi, rsi
        jns     sb_num
        push    rbx
        push    rsi
        mov     rbx, rdi
        sub     rsp, 8
        mov     byte [rsp], '-'
        mov     rsi, rsp
        mov     edx, 1
        call    sb_add
        add     rsp, 8
        pop     rsi
        neg     rsi
        mov     rdi, rbx
        pop     rbx
        jmp     sb_num

; sb_hex(rdi sb, rsi value): "0x" and 16 hex digits.
sb_hex:
        push    rbx
        sub     rsp, 32
        mov     rbx, rdi
        mov     word [rsp], '0x'
        mov     ecx, 16
        lea     r8, [rel hexdigits]
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

; log_start(): logsb = "bootstrap: "
log_start:
        lea     rdi, [rel logsb]
        mov     qword [rdi + SB_len], 0
        lea     rsi, [rel prefix]
        mov     edx, prefix_len
        jmp     sb_add

; log_flush(): ends the line with \n (room is always kept) and writes it to
; fd 2 in one write_all, so a log line is never split by another of ours.
log_flush:
        sub     rsp, 8
        lea     rsi, [rel logbuf]
        mov     rdx, [rel logsb + SB_len]
        mov     byte [rsi + rdx], 10
        inc     rdx
        mov     edi, 2
        call    write_all               ; a log that can't be written is lost
        mov     qword [rel logsb + SB_len], 0
        add     rsp, 8
        ret

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
        mov     r8, -1
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

; sleep_ms(edi ms): nanosleep, restarted when interrupted.
sleep_ms:
        sub     rsp, 40
        mov     eax, edi
        xor     edx, edx
        mov     ecx, 1000
        div     ecx
        mov     [rsp], rax              ; tv_sec
        imul    rdx, rdx, 1000000
        mov     [rsp + 8], rdx          ; tv_nsec
.again:
        mov     eax, SYS_nanosleep
        mov     rdi, rsp
        lea     rsi, [rsp + 16]         ; the remaining time, on EINTR
        syscall
        cmp     rax, -EINTR
        jne     .done
        movdqu  xmm0, [rsp + 16]
        movdqu  [rsp], xmm0
        jmp     .again
.done:
        add     rsp, 40
        ret

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
        lea     rdi, [rel devnull]
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
; env_table (mmap'd once): slots 0-3 are the per-invoke variables (trace id,
; ARN, deadline, request id), then every inherited entry except those four
; names, then NULL. env_vector is &slot 0, or &slot 1 when there is no trace id.

; starts_with(rdi s, rsi prefix, rdx n) -> eax 1 when s begins with prefix.
; s is NUL-terminated, so the compare stops at its end.
starts_with:
        xor     ecx, ecx
.loop:
        cmp     rcx, rdx
        je      .yes
        mov     al, [rdi + rcx]
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

; is_reserved(rdi entry) -> eax 1 when the entry sets one of the four names.
is_reserved:
        push    rbx
        mov     rbx, rdi
        lea     rsi, [rel env_k_id]
        mov     edx, env_k_id_len
        call    starts_with
        test    eax, eax
        jnz     .out
        mov     rdi, rbx
        lea     rsi, [rel env_k_dl]
        mov     edx, env_k_dl_len
        call    starts_with
        test    eax, eax
        jnz     .out
        mov     rdi, rbx
        lea     rsi, [rel env_k_arn]
        mov     edx, env_k_arn_len
        call    starts_with
        test    eax, eax
        jnz     .out
        mov     rdi, rbx
        lea     rsi, [rel env_k_tr]
        mov     edx, env_k_tr_len
        call    starts_with
.out:
        pop     rbx
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
        lea     rdi, [8*r12 + 8*8]
        call    map_anon
        mov     r13, rax
        mov     [rel env_table], rax
        mov     r14d, 4
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
        mov     qword [r13 + 8*r14], 0
        lea     rax, [r13 + 8]          ; no per-invoke values yet: slots 1-3 are
        lea     rdi, [rel env_strs]     ; set to empty strings by env_update
        mov     byte [rdi], 0
        mov     [rel env_vector], rax
        call    env_update
        add     rsp, 8
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        ret

; env_put(rdi cursor, rsi key, rdx keylen, rcx value, r8 vlen) -> rax cursor
; after "key=value\0". The caller guarantees room (ENV_STR_CAP bounds them all:
; the values come from headers of at most MAX_HEADER_BYTES in total).
env_put:
        push    rcx
        push    r8
        mov     rcx, rdx
        rep movsb
        pop     rcx                     ; vlen
        pop     rsi                     ; value
        rep movsb
        mov     byte [rdi], 0
        lea     rax, [rdi + 1]
        ret

; env_update(): rewrites slots 0-3 from the current headers (hv).
; Registers: rbx table, r12 cursor in env_strs.
env_update:
        push    rbx
        push    r12
        sub     rsp, 8
        mov     rbx, [rel env_table]
        lea     r12, [rel env_strs]
        mov     [rbx + 24], r12
        mov     rdi, r12
        lea     rsi, [rel env_k_id]
        mov     edx, env_k_id_len
        mov     rcx, [rel hv + 16*HV_ID]
        mov     r8, [rel hv + 16*HV_ID + 8]
        call    env_put
        mov     r12, rax
        mov     [rbx + 16], r12
        mov     rdi, r12
        lea     rsi, [rel env_k_dl]
        mov     edx, env_k_dl_len
        mov     rcx, [rel hv + 16*HV_DEADLINE]
        mov     r8, [rel hv + 16*HV_DEADLINE + 8]
        call    env_put
        mov     r12, rax
        mov     [rbx + 8], r12
        mov     rdi, r12
        lea     rsi, [rel env_k_arn]
        mov     edx, env_k_arn_len
        mov     rcx, [rel hv + 16*HV_ARN]
        mov     r8, [rel hv + 16*HV_ARN + 8]
        call    env_put
        mov     r12, rax
        lea     rax, [rbx + 8]
        cmp     qword [rel hv + 16*HV_TRACE + 8], 0
        je      .set
        mov     [rbx], r12
        mov     rdi, r12
        lea     rsi, [rel env_k_tr]
        mov     edx, env_k_tr_len
        mov     rcx, [rel hv + 16*HV_TRACE]
        mov     r8, [rel hv + 16*HV_TRACE + 8]
        call    env_put
        mov     rax, rbx
.set:
        mov     [rel env_vector], rax
        add     rsp, 8
        pop     r12
        pop     rbx
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
        mov     r12, [rel env_vector]
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
