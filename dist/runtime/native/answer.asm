; answer.asm - posting answers to the Runtime API and acting on its replies,
; shared by both entry shapes: error documents, init errors, the oversize
; report, signal names, and the log lines bootstrap.sh writes in the same cases.
;
; Register use: System V; rbx, rbp, r12-r15 preserved.

%include "runtime.inc"

section .rodata
; Signal names as bash's kill -l gives them, 1-31.
sig_names:
        db "HUP", 0, "INT", 0, "QUIT", 0, "ILL", 0, "TRAP", 0, "ABRT", 0, "BUS", 0, "FPE", 0
        db "KILL", 0, "USR1", 0, "SEGV", 0, "USR2", 0, "PIPE", 0, "ALRM", 0, "TERM", 0
        db "STKFLT", 0, "CHLD", 0, "CONT", 0, "STOP", 0, "TSTP", 0, "TTIN", 0, "TTOU", 0
        db "URG", 0, "XCPU", 0, "XFSZ", 0, "VTALRM", 0, "PROF", 0, "WINCH", 0, "IO", 0
        db "PWR", 0, "SYS", 0, 0
t_exit:         db "Function.ExitError"
t_exit_len      equ $ - t_exit
t_signal:       db "Function.Signal"
t_signal_len    equ $ - t_signal
t_too_large:    db "Function.ResponseSizeTooLarge"
t_too_large_len equ $ - t_too_large
t_truncated:    db "Runtime.TruncatedEvent"
t_truncated_len equ $ - t_truncated

section .data                           ; small variables: addressed from rbp (runtime.inc, VB)
align 8
err_type:        times 1 dq 0              ; with err_type_len: what V_ETYPE shows
err_type_len:    times 1 dq 0
FVAR V_ETYPE, K_STR, err_type

section .text

; sb_signal(rdi sb, esi signal): "SIGSEGV", or "signal 40" past the named ones.
; Registers: rbx sb, r12d signal.
sb_signal:
        push    rbx
        push    r12
        sub     rsp, 8
        mov     rbx, rdi
        mov     r12d, esi
        lea     eax, [rsi - 1]
        cmp     eax, 30
        ja      .number
        mov     esi, sig_names
        mov     ecx, eax
.skip:                                  ; to the name for signal r12d
        test    ecx, ecx
        jz      .found
.z:     lodsb
        test    al, al
        jnz     .z
        dec     ecx
        jmp     .skip
.found:
        mov     r12, rsi                ; the name (the number is no longer needed)
        FRAMELIT rbx, "SIG"             ; (on_crash calls this: fmt writes only sb)
        mov     rdi, rbx
        mov     rsi, r12
        call    sb_addz
        jmp     .out
.number:
        FRAMELIT rbx, "signal "
        mov     rdi, rbx
        mov     esi, r12d
        call    sb_num
.out:
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

; begin_error(rdi type, rsi tlen): an error document with msgsb as its
; message; stackTrace lines may follow (errdoc_line) before finish_error.
begin_error:
        mov     [rbp + err_type - VB], rdi
        mov     [rbp + err_type_len - VB], rsi
        mov     rdx, [rbp + msgsb - VB + SB_ptr]
        mov     rcx, [rbp + msgsb - VB + SB_len]
        jmp     errdoc_begin

%ifdef MODE_INPROCESS
; begin_error_msg(rdi type, rsi tlen, rdx msg, rcx mlen): the same, any message.
begin_error_msg:
        mov     [rbp + err_type - VB], rdi
        mov     [rbp + err_type_len - VB], rsi
        jmp     errdoc_begin
%endif

; error_request() -> rdi path, rsi plen, rdx document, rcx length, r8 type,
; r9 tlen: the arguments that post the error document begun with begin_error
; to /invocation/<id>/error. Registers: rbx document, r12 its length.
error_request:
        push    rbx
        push    r12
        sub     rsp, 8
        call    errdoc_end
        mov     rbx, rax
        mov     r12, rdx
        mov     edi, 1
        call    invocation_path
        mov     rdi, rax
        mov     rsi, rdx
        mov     rdx, rbx
        mov     rcx, r12
        mov     r8, [rbp + err_type - VB]
        mov     r9, [rbp + err_type_len - VB]
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

; finish_error(): posts the document to /invocation/<id>/error, typed as
; begin_error said, and acts on the reply (post_answer).
finish_error:
        sub     rsp, 8
        call    error_request
        call    post_answer
        add     rsp, 8
        ret

; init_error(rdi type, rsi tlen): posts msgsb as the init error, logs
; "TYPE: MESSAGE", and exits 1.
init_error:
        sub     rsp, 8
        call    begin_error
        LOG     V_ETYPE, ": ", V_MSG
        call    log_flush
        call    errdoc_end
        mov     rcx, rdx
        mov     rdx, rax
        mov     edi, s_init_error
        mov     esi, s_init_error_len
        mov     r8, [rbp + err_type - VB]
        mov     r9, [rbp + err_type_len - VB]
        mov     qword [rbp + pipelining - VB], 0        ; no GET /next: the runtime exits
        call    http_post
        cmp     eax, 202
        je      .exit
        mov     esi, eax
        LOG     "POST /init/error answered ", V_VAL, V_REPLY
        call    log_flush
.exit:
        mov     eax, SYS_exit_group
        mov     edi, 1
        syscall

; post_answer(rdi path, rsi plen, rdx body, rcx blen, r8 type | 0, r9 tlen):
; posts an invocation's answer, with the next GET /next behind it (http.asm,
; pipelining, unless turned off), and acts on the reply: 202 fine; 500 exits
; 1; anything else is logged. A 413 is only logged: the Runtime API has failed
; the invocation itself (it answers a later /error with 403), and a POST now
; would queue behind the GET. bootstrap.sh posts that /error, logs the 403.
post_answer:
        sub     rsp, 8
        call    http_post
        cmp     eax, 202
        je      .out
        cmp     eax, 500
        je      api_broken
        mov     esi, eax
        LOG     "POST answer for ", V_ID, " failed (HTTP ", V_VAL, ")", V_REPLY
        call    log_flush
.out:
        add     rsp, 8
        ret

api_broken:
        LOG     "the Runtime API failed (HTTP 500) answering ", V_ID, "; exiting"
        call    fatal

; report_oversize(rdi size): the response is over MAX_RESPONSE bytes, so it
; is not posted: says so in the log and posts Function.ResponseSizeTooLarge.
; Registers: rbx size.
report_oversize:
        push    rbx
        mov     rbx, rdi
        mov     rsi, rbx
        LOG     "the response to ", V_ID, " is ", V_VAL, " bytes, over the 6 MB the Runtime API accepts; reporting it as an error"
        call    log_flush
        mov     rsi, rbx
        MSG     "Response payload size (", V_VAL, " bytes) exceeded maximum allowed payload size (6291556 bytes)."
        mov     edi, t_too_large
        mov     esi, t_too_large_len
        call    begin_error
        call    finish_error
        pop     rbx
        ret

; next_valid_event(): GET /next until an event arrives whole with a usable
; request id, reporting cut events and skipping unusable ids on the way, then
; sets the per-invoke environment for it. Exits when /next fails. Both entry
; points' loops start here. rsp stays as the caller had it after return.
next_valid_event:
        sub     rsp, 8
.loop:
        call    release_buffers
        call    next_event
        cmp     eax, 200
        je      .event
        mov     edi, eax
        call    next_failed                     ; exits
.event:
        call    request_id_valid
        test    eax, eax
        jnz     .id_ok
        call    skip_bad_id
        jmp     .loop
.id_ok:
        cmp     qword [rbp + cut_kind - VB], CUT_NONE
        je      .whole
        call    report_cut
        jmp     .loop
.whole:
        call    env_update
        add     rsp, 8
        ret

; report_cut(): the event did not arrive whole: logs it and posts
; Runtime.TruncatedEvent; the handler is not run.
report_cut:
        sub     rsp, 8
        call    cut_message
        LOG     V_MSG, "; ", V_ID, " fails with Runtime.TruncatedEvent and its handler does not run"
        call    log_flush
        mov     edi, t_truncated
        mov     esi, t_truncated_len
        call    begin_error
        call    finish_error
        add     rsp, 8
        ret

; skip_bad_id(): logs the unusable request id of the event being skipped.
skip_bad_id:
        sub     rsp, 8
        LOG     "GET /invocation/next gave no usable request id ('", V_ID, "'); skipping the event"
        call    log_flush
        add     rsp, 8
        ret

; next_failed(edi status from next_event): logs why /next failed; exits 1.
; Registers: ebx status.
next_failed:
        push    rbx
        mov     ebx, edi
        LOG     "GET /invocation/next failed ("
        test    ebx, ebx
        jz      .none
        js      .garbled
        mov     esi, ebx
        SBLIT   logsb, "HTTP ", V_VAL, ")", V_REPLY
        jmp     .exit
.none:
        SBLIT   logsb, "no answer from the Runtime API)"
        jmp     .exit
.garbled:
        SBLIT   logsb, "the answer is not HTTP)"
.exit:
        SBLIT   logsb, "; exiting"
        call    fatal
