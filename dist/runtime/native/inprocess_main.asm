; inprocess_main.asm - the entry of the in-process runtime: the user's objects
; are linked in, and their `handler` is called once per event (ABI: lambda.inc).
;
;   handler(rdi event, rsi length, rdx context) -> eax 0 | error
;   context: dq request id ptr, id len, deadline ms, ARN ptr, ARN len,
;            trace id ptr, trace id len (absent header: len 0; values NUL-terminated)
;
; The handler runs on the main stack (the soft stack limit is raised to 8 MiB
; when the hard limit allows), 16-byte aligned at the call. SIGSEGV, SIGBUS,
; SIGFPE and SIGILL are caught on an alternate stack: on_crash trusts only a
; page written before the call and read-only during it (the Runtime API's
; address and the request id), posts Function.Signal over a fresh connection,
; and exits 128 + the signal. The response, lambda_error's type and message
; and the overflow state are reset for each event.
;
; Register use: System V. The exports preserve rbx, rbp, r12-r15.

%include "runtime.inc"

extern handler
global lambda_write, lambda_log, lambda_error, lambda_getenv

%define ALTSTACK_SIZE   (64 * 1024)
%define ERR_TYPE_CAP    MAX_TYPE        ; json.asm: what an error document takes
%define ERR_MSG_CAP     MAX_MSG
%define ID_CAP          ID_MAX          ; http.asm: the longest id that passes
%define WANT_STACK      (8 * 1024 * 1024)
; the read-only crash page
%define CP_sa           0               ; 16 bytes sockaddr_in
%define CP_host_len     16
%define CP_id_len       24
%define CP_host         32              ; 64 bytes
%define CP_id           96              ; ID_CAP bytes

section .rodata
crash_signals:  db SIGSEGV, SIGBUS, SIGFPE, SIGILL, 0

section .bss
alignb 4096
crash_page:     resb 4096
alignb 16
altstack:       resb ALTSTACK_SIZE
alignb 8
ctx:            resq 7
ip_resp:        resq 1
ip_len:         resq 1              ; bytes stored
ip_total:       resq 1              ; bytes the handler tried to write
ip_over:        resq 1
err_set:        resq 1
err_tlen:       resq 1
err_mlen:       resq 1
err_tbuf:       resb ERR_TYPE_CAP
err_mbuf:       resb ERR_MSG_CAP

section .text
global _start
_start:
        mov     rcx, [rsp]
        lea     rdi, [rsp + 8*rcx + 16]         ; envp
        and     rsp, -16
        mov     ebp, VB                         ; the variables' base (runtime.inc)
        call    rt_init
        call    setup
.loop:
        call    next_valid_event                ; a whole event with a usable id
        call    prepare
        mov     rdi, [rbp + ev_ptr - VB]
        mov     rsi, [rbp + ev_len - VB]
        mov     edx, ctx
        call    handler                         ; rsp is 16-byte aligned here
        cld
        mov     ebp, VB                         ; should handler not have kept it
        test    eax, eax
        jnz     .failed
        cmp     qword [ip_over], 0
        je      .respond
        mov     rdi, [ip_total]
        call    report_oversize
        jmp     .loop
.respond:
        xor     edi, edi
        call    invocation_path
        mov     rdi, rax
        mov     rsi, rdx
        mov     rdx, [ip_resp]
        mov     rcx, [ip_len]
        xor     r8d, r8d
        xor     r9d, r9d
        call    post_answer
        jmp     .loop
.failed:
        cmp     qword [err_set], 0
        je      .returned
        mov     edi, err_tbuf
        mov     rsi, [err_tlen]
        mov     edx, err_mbuf
        mov     rcx, [err_mlen]
        call    begin_error_msg
        call    finish_error
        jmp     .loop
.returned:
        movsxd  rsi, eax
        MSG     "handler returned ", V_SVAL
        mov     edi, t_exit
        mov     esi, t_exit_len
        call    begin_error
        call    finish_error
        jmp     .loop

; setup(): signals, stack, buffers and the crash page. Exits if any fails.
; Registers: rbx signal list cursor.
setup:
        push    rbx
        sub     rsp, 48
        ; SIGPIPE blocked: a dead peer is an error code, not death
        mov     qword [rsp], SIGBIT(SIGPIPE)
        mov     eax, SYS_rt_sigprocmask
        mov     edi, SIG_BLOCK
        mov     rsi, rsp
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        test    rax, rax
        jnz     .fail
        ; the stack: at least WANT_STACK of soft limit when the hard limit allows
        mov     eax, SYS_prlimit64
        xor     edi, edi
        mov     esi, RLIMIT_STACK
        xor     edx, edx
        mov     r10, rsp
        syscall
        test    rax, rax
        jnz     .stack_done
        mov     rax, [rsp]
        cmp     rax, WANT_STACK
        jae     .stack_done
        mov     rax, [rsp + 8]
        mov     rcx, WANT_STACK
        cmp     rax, rcx
        cmova   rax, rcx
        mov     [rsp], rax
        mov     eax, SYS_prlimit64
        xor     edi, edi
        mov     esi, RLIMIT_STACK
        mov     rdx, rsp
        xor     r10d, r10d
        syscall                                 ; best effort
.stack_done:
        ; the alternate signal stack
        mov     eax, altstack
        mov     [rsp], rax
        mov     qword [rsp + 8], 0
        mov     qword [rsp + 16], ALTSTACK_SIZE
        mov     eax, SYS_sigaltstack
        mov     rdi, rsp
        xor     esi, esi
        syscall
        test    rax, rax
        jnz     .fail
        mov     ebx, crash_signals
.sig:
        movzx   edi, byte [rbx]
        test    edi, edi
        jz      .sigs_done
        mov     eax, on_crash
        mov     [rsp + KSA_handler], rax
        mov     qword [rsp + KSA_flags], SA_SIGINFO | SA_ONSTACK | SA_RESTORER
        mov     eax, restore_rt
        mov     [rsp + KSA_restorer], rax
        mov     qword [rsp + KSA_mask], -1
        mov     eax, SYS_rt_sigaction
        mov     rsi, rsp
        xor     edx, edx
        mov     r10d, SIGSET_SIZE
        syscall
        test    rax, rax
        jnz     .fail
        inc     rbx
        jmp     .sig
.sigs_done:
        mov     edi, MAX_RESPONSE + PAGE
        call    map_anon
        mov     [ip_resp], rax
        ; the crash page: the Runtime API's address, then read-only
        mov     edi, crash_page + CP_sa
        mov     esi, api_sa
        mov     edx, 16
        call    mem_copy
        mov     rdx, [rbp + api_host_len - VB]
        mov     [crash_page + CP_host_len], rdx
        mov     edi, crash_page + CP_host
        mov     esi, api_host
        call    mem_copy
        mov     qword [crash_page + CP_id_len], 0
        mov     edi, PROT_READ
        call    protect_crash_page
        add     rsp, 48
        pop     rbx
        ret
.fail:
        LOG     "cannot set up the runtime's signal handling; exiting"
        call    fatal

; protect_crash_page(edi protection)
protect_crash_page:
        mov     edx, edi
        mov     eax, SYS_mprotect
        mov     edi, crash_page
        mov     esi, 4096
        syscall
        test    rax, rax
        jnz     .fail
        ret
.fail:
        sub     rsp, 8
        LOG     "mprotect failed; exiting"
        call    fatal

; prepare(): per event: resets the answer state, fills ctx, and writes the
; request id into the crash page.
prepare:
        sub     rsp, 8
        xor     eax, eax
        mov     [ip_len], rax
        mov     [ip_total], rax
        mov     [ip_over], rax
        mov     [err_set], rax
        mov     [err_tlen], rax
        mov     [err_mlen], rax
        mov     rax, [rbp + hv - VB + 16*HV_ID]
        mov     [ctx + 0], rax
        mov     rax, [rbp + hv - VB + 16*HV_ID + 8]
        mov     [ctx + 8], rax
        mov     rax, [rbp + deadline_ms - VB]
        mov     [ctx + 16], rax
        mov     rax, [rbp + hv - VB + 16*HV_ARN]
        mov     [ctx + 24], rax
        mov     rax, [rbp + hv - VB + 16*HV_ARN + 8]
        mov     [ctx + 32], rax
        mov     rax, [rbp + hv - VB + 16*HV_TRACE]
        mov     [ctx + 40], rax
        mov     rax, [rbp + hv - VB + 16*HV_TRACE + 8]
        mov     [ctx + 48], rax
        mov     edi, PROT_READ | PROT_WRITE
        call    protect_crash_page
        mov     rdx, [rbp + hv - VB + 16*HV_ID + 8]        ; valid ids are <= ID_CAP bytes
        mov     [crash_page + CP_id_len], rdx
        mov     edi, crash_page + CP_id
        mov     rsi, [rbp + hv - VB + 16*HV_ID]
        call    mem_copy
        mov     edi, PROT_READ
        call    protect_crash_page
        add     rsp, 8
        ret

; ---- the exports ---------------------------------------------------------------------

; lambda_write(rdi ptr, rsi len) -> rax 0, or -1 once the response would pass
; MAX_RESPONSE bytes (the invocation then fails with ResponseSizeTooLarge).
lambda_write:
        mov     rax, [ip_total]
        add     rax, rsi
        jc      .over
        cmp     qword [ip_over], 0
        jne     .over
        cmp     rax, MAX_RESPONSE
        ja      .over
        mov     rcx, rsi
        mov     rsi, rdi
        mov     rdi, [ip_resp]
        add     rdi, [ip_len]
        add     [ip_len], rcx
        mov     [ip_total], rax
        rep movsb
        xor     eax, eax
        ret
.over:
        mov     qword [ip_over], 1
        mov     rax, -1
        add     [ip_total], rsi
        jnc     .ret
        mov     [ip_total], rax                 ; saturate
.ret:
        ret

; lambda_log(rdi ptr, rsi len) -> rax 0 | -errno: to the function log (fd 2).
lambda_log:
        mov     rdx, rsi
        mov     rsi, rdi
        mov     edi, 2
        jmp     write_all

; lambda_error(rdi type, rsi tlen, rdx msg, rcx mlen) -> rax 0. The error a
; non-zero return reports (type cut at 256 bytes, message at 64 KiB).
lambda_error:
        cmp     rsi, ERR_TYPE_CAP
        jbe     .t
        mov     esi, ERR_TYPE_CAP
.t:     cmp     rcx, ERR_MSG_CAP
        jbe     .m
        mov     ecx, ERR_MSG_CAP
.m:     mov     [err_tlen], rsi
        mov     [err_mlen], rcx
        mov     r8, rcx
        mov     rcx, rsi
        mov     rsi, rdi
        mov     edi, err_tbuf
        rep movsb
        mov     rcx, r8
        mov     rsi, rdx
        mov     edi, err_mbuf
        rep movsb
        mov     qword [err_set], 1
        xor     eax, eax
        ret

; lambda_getenv(rdi NUL-terminated name) -> rax value (NUL-terminated) | 0,
; with this event's AWS_LAMBDA_REQUEST_ID, AWS_LAMBDA_DEADLINE_MS,
; AWS_LAMBDA_INVOKED_FUNCTION_ARN, and _X_AMZN_TRACE_ID,
; AWS_LAMBDA_CLIENT_CONTEXT and AWS_LAMBDA_COGNITO_IDENTITY when it has them.
lambda_getenv:
        push    rbp
        mov     ebp, VB                         ; env_get addresses from it
        call    env_get
        pop     rbp
        ret

; ---- crashes -------------------------------------------------------------------------

restore_rt:
        mov     eax, SYS_rt_sigreturn
        syscall

; on_crash(edi signal, rsi siginfo, rdx ucontext), on the alternate stack,
; every signal blocked. Uses only the crash page and its own stack frame.
; Registers: r12d signal, r13 fault address, r14 rip, r15 frame base, ebx socket.
%define F_SB        0               ; StringBuilder for the body (32)
%define F_SB2       32              ; and for the request (32)
%define F_PFD       64
%define F_BODY      128             ; 1 KiB
%define F_REQ       (128 + 1024)    ; 2 KiB
%define F_SIZE      (128 + 1024 + 2048 + 1024)
on_crash:
        cld
        sub     rsp, F_SIZE + 8
        mov     r15, rsp
        mov     r12d, edi
        mov     r13, [rsi + SI_addr]
        mov     r14, [rdx + UC_rip]
        ; the body
        lea     rax, [r15 + F_BODY]
        mov     [r15 + F_SB + SB_ptr], rax
        mov     qword [r15 + F_SB + SB_len], 0
        mov     qword [r15 + F_SB + SB_cap], 1024
        mov     qword [r15 + F_SB + SB_san], 0
        lea     rax, [r15 + F_REQ]
        mov     [r15 + F_SB2 + SB_ptr], rax
        mov     qword [r15 + F_SB2 + SB_len], 0
        mov     qword [r15 + F_SB2 + SB_cap], 2048
        mov     qword [r15 + F_SB2 + SB_san], 0
        lea     rbx, [r15 + F_SB]
        FRAMELIT r15 + F_SB, '{"errorMessage":"the handler was killed by signal '
        mov     rdi, rbx
        mov     esi, r12d
        call    sb_signal
        FRAMELIT r15 + F_SB, ' at rip '
        mov     rdi, rbx
        mov     rsi, r14
        call    sb_hex
        FRAMELIT r15 + F_SB, ' (fault address '
        mov     rdi, rbx
        mov     rsi, r13
        call    sb_hex
        FRAMELIT r15 + F_SB, ')","errorType":"Function.Signal","stackTrace":[]}'
        ; the log line, written straight from the frame
        lea     rbx, [r15 + F_SB2]
        FRAMELIT r15 + F_SB2, 'bootstrap: the handler was killed by signal '
        mov     rdi, rbx
        mov     esi, r12d
        call    sb_signal
        FRAMELIT r15 + F_SB2, ' at rip '
        mov     rdi, rbx
        mov     rsi, r14
        call    sb_hex
        FRAMELIT r15 + F_SB2, '; reporting Function.Signal and exiting', 10
        mov     edi, 2
        mov     rsi, [r15 + F_SB2 + SB_ptr]
        mov     rdx, [r15 + F_SB2 + SB_len]
        call    write_all
        mov     rax, [crash_page + CP_id_len]
        test    rax, rax
        jz      .exit
        cmp     rax, ID_CAP
        ja      .exit
        ; the request
        mov     qword [r15 + F_SB2 + SB_len], 0
        FRAMELIT r15 + F_SB2, 'POST /2018-06-01/runtime/invocation/'
        mov     rdi, rbx
        mov     esi, crash_page + CP_id
        mov     rdx, [crash_page + CP_id_len]
        call    sb_add
        FRAMELIT r15 + F_SB2, '/error HTTP/1.1', 13, 10, 'Host: '
        mov     rdi, rbx
        mov     esi, crash_page + CP_host
        mov     rdx, [crash_page + CP_host_len]
        and     edx, 63
        call    sb_add
        FRAMELIT r15 + F_SB2, 13, 10, 'Content-Type: application/json', 13, 10, 'Lambda-Runtime-Function-Error-Type: Function.Signal', 13, 10, 'Connection: close', 13, 10, 'Content-Length: '
        mov     rdi, rbx
        mov     rsi, [r15 + F_SB + SB_len]
        call    sb_num
        FRAMELIT r15 + F_SB2, 13, 10, 13, 10
        mov     rdi, rbx
        mov     rsi, [r15 + F_SB + SB_ptr]
        mov     rdx, [r15 + F_SB + SB_len]
        call    sb_add
        ; a fresh connection
        mov     eax, SYS_socket
        mov     edi, AF_INET
        mov     esi, SOCK_STREAM | SOCK_CLOEXEC
        xor     edx, edx
        syscall
        test    rax, rax
        js      .exit
        mov     ebx, eax
        mov     eax, SYS_connect
        mov     edi, ebx
        mov     esi, crash_page + CP_sa
        mov     edx, 16
        syscall
        test    rax, rax
        jnz     .exit
        mov     edi, ebx
        mov     rsi, [r15 + F_SB2 + SB_ptr]
        mov     rdx, [r15 + F_SB2 + SB_len]
        call    send_all_fd             ; (the stack and its arguments only)
        test    rax, rax
        jnz     .exit
.sent:                                  ; wait (up to 5 s) for the answer: then it was taken
        mov     [r15 + F_PFD], ebx
        mov     dword [r15 + F_PFD + 4], POLLIN
        mov     eax, SYS_poll
        lea     rdi, [r15 + F_PFD]
        mov     esi, 1
        mov     edx, 5000
        syscall
        cmp     rax, -EINTR
        je      .sent
        test    rax, rax
        jle     .exit
        mov     eax, SYS_read
        mov     edi, ebx
        lea     rsi, [r15 + F_BODY]
        mov     edx, 1024
        syscall
.exit:
        mov     eax, SYS_exit_group
        lea     edi, [r12 + 128]
        syscall
