; process_main.asm - the entry of the process-mode runtime (bootstrap:
; generated): fetch an event, run the handler executable on it, post what it
; gave, forever. The packed handler's path comes from a generated object that
; defines packed_handler (bytes) and packed_handler_len (dq).
;
; Registers in the loop: none kept across iterations but the stack; every
; helper is System V.

default rel
%include "runtime.inc"

extern packed_handler
extern packed_handler_len


section .rodata
k_api:          db "AWS_LAMBDA_RUNTIME_API", 0
t_exit:         db "Function.ExitError"
t_exit_len      equ $ - t_exit
t_signal:       db "Function.Signal"
t_signal_len    equ $ - t_signal
t_entry:        db "Runtime.InvalidEntrypoint"
t_entry_len     equ $ - t_entry

section .text
global _start
_start:
        mov     rcx, [rsp]                      ; argc
        lea     rbx, [rsp + 8*rcx + 16]         ; envp
        and     rsp, -16
        call    ensure_std_fds
        mov     rdi, rbx
        call    env_init
        lea     rdi, [k_api]
        call    env_get
        mov     rdi, rax
        call    api_init
        lea     rdi, [packed_handler]
        mov     rsi, [packed_handler_len]
        call    proc_init
.loop:
        call    next_valid_event                ; a whole event with a usable id
        call    run_handler
        test    rax, rax
        jns     .ran
        mov     rbx, rax
        LOG     "cannot start the handler (errno "
        lea     rdi, [logsb]
        mov     rsi, rbx
        neg     rsi
        call    sb_num
        SBLIT   logsb, "); exiting"
        call    fatal
.ran:
        lea     rdi, [msgsb]
        call    sb_reset
        lea     rdi, [msgsb]
        mov     rsi, [handler_name]
        mov     rdx, [handler_nlen]
        call    sb_add
        mov     rax, [h_kind]
        cmp     eax, 2
        je      .signal
        cmp     eax, 3
        je      .noexec
        cmp     qword [h_status], 0
        jne     .exit_error
        ; exit 0: stdout is the response, unless it is too large to post
        mov     rdi, [resp_total]
        cmp     rdi, MAX_RESPONSE
        jbe     .respond
        call    report_oversize
        jmp     .loop
.respond:
        xor     edi, edi
        call    invocation_path
        mov     rdi, rax
        mov     rsi, rdx
        mov     rdx, [resp_ptr]
        mov     rcx, [resp_len]
        xor     r8d, r8d
        xor     r9d, r9d
        call    post_answer
        jmp     .loop
.exit_error:
        SBLIT   msgsb, " exited with status "
        lea     rdi, [msgsb]
        mov     rsi, [h_status]
        call    sb_num
        lea     rdi, [t_exit]
        mov     esi, t_exit_len
        jmp     .report
.signal:
        SBLIT   msgsb, " was killed by signal "
        lea     rdi, [msgsb]
        mov     rsi, [h_status]
        call    sb_signal
        SBLIT   msgsb, " (status "
        lea     rdi, [msgsb]
        mov     rsi, [h_status]
        add     rsi, 128
        call    sb_num
        SBLIT   msgsb, ")"
        lea     rdi, [t_signal]
        mov     esi, t_signal_len
        jmp     .report
.noexec:
        SBLIT   msgsb, " could not be started: execve failed with errno "
        lea     rdi, [msgsb]
        mov     rsi, [h_status]
        call    sb_num
        lea     rdi, [t_entry]
        mov     esi, t_entry_len
.report:
        call    begin_error
        call    tail_lines
        call    finish_error
        jmp     .loop
