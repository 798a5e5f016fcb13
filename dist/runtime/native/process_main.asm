; process_main.asm - the entry of the process-mode runtime (bootstrap:
; generated): fetch an event, run the handler executable on it, post what it
; gave, forever. The packed handler's path comes from the generated file the
; build pre-includes: packed_handler (bytes, NUL-terminated), packed_handler_len.
;
; Registers in the loop: none kept across iterations but the stack; every
; helper is System V.

%include "runtime.inc"

section .text
global _start
_start:
        mov     rcx, [rsp]                      ; argc
        lea     rdi, [rsp + 8*rcx + 16]         ; envp
        and     rsp, -16
        mov     ebp, VB                         ; for good (runtime.inc)
        call    rt_init
        mov     edi, packed_handler
        mov     esi, packed_handler_len
        call    proc_init
.loop:
        call    next_valid_event                ; a whole event with a usable id
        call    run_handler
        test    rax, rax
        jns     .ran
        mov     rsi, rax
        neg     rsi
        LOG     "cannot start the handler (errno ", V_VAL, "); exiting"
        call    fatal
.ran:
        mov     rax, [rbp + h_kind - VB]
        cmp     eax, 2
        je      .signal
        cmp     eax, 3
        je      .noexec
        cmp     qword [rbp + h_status - VB], 0
        jne     .exit_error
        ; exit 0: stdout is the response, unless it is too large to post
        mov     rdi, [rbp + resp_total - VB]
        cmp     rdi, MAX_RESPONSE
        jbe     .respond
        call    report_oversize
        jmp     .loop
.respond:
        xor     edi, edi
        call    invocation_path
        mov     rdi, rax
        mov     rsi, rdx
        mov     rdx, [rbp + resp_ptr - VB]
        mov     rcx, [rbp + resp_len - VB]
        xor     r8d, r8d
        xor     r9d, r9d
        call    post_answer
        jmp     .loop
.exit_error:
        MSG     V_HANDLER, " exited with status ", V_HSTATUS
        mov     edi, t_exit
        mov     esi, t_exit_len
        jmp     .report
.signal:
        mov     rsi, [rbp + h_status - VB]
        add     rsi, 128
        MSG     V_HANDLER, " was killed by signal ", V_HSIG, " (status ", V_VAL, ")"
        mov     edi, t_signal
        mov     esi, t_signal_len
        jmp     .report
.noexec:
        MSG     V_HANDLER, " could not be started: execve failed with errno ", V_HSTATUS
        mov     edi, t_entry
        mov     esi, t_entry_len
.report:
        call    begin_error
        call    tail_lines
        call    finish_error
        jmp     .loop
