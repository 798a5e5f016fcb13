; answer.asm - posting answers to the Runtime API and acting on its replies,
; shared by both entry shapes: error documents, init errors, the oversize
; report, signal names, and the log lines bootstrap.sh writes in the same cases.
;
; Register use: System V; rbx, rbp, r12-r15 preserved.

default rel
%include "runtime.inc"

section .rodata
; Signal names as bash's kill -l gives them, 1-31.
sig_names:
        db "HUP", 0, "INT", 0, "QUIT", 0, "ILL", 0, "TRAP", 0, "ABRT", 0, "BUS", 0, "FPE", 0
        db "KILL", 0, "USR1", 0, "SEGV", 0, "USR2", 0, "PIPE", 0, "ALRM", 0, "TERM", 0
        db "STKFLT", 0, "CHLD", 0, "CONT", 0, "STOP", 0, "TSTP", 0, "TTIN", 0, "TTOU", 0
        db "URG", 0, "XCPU", 0, "XFSZ", 0, "VTALRM", 0, "PROF", 0, "WINCH", 0, "IO", 0
        db "PWR", 0, "SYS", 0, 0
s_sig:          db "SIG"
s_signal:       db "signal "
t_too_large:    db "Function.ResponseSizeTooLarge"
t_too_large_len equ $ - t_too_large
t_truncated:    db "Runtime.TruncatedEvent"
t_truncated_len equ $ - t_truncated

section .bss
alignb 8
err_type:       resq 1
err_type_len:   resq 1

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
        lea     rsi, [sig_names]
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
        mov     rdi, rbx
        lea     rsi, [s_sig]
        mov     edx, 3
        call    sb_add
        mov     rdi, rbx
        mov     rsi, r12
        call    sb_addz
        jmp     .out
.number:
        mov     rdi, rbx
        lea     rsi, [s_signal]
        mov     edx, 7
        call    sb_add
        mov     rdi, rbx
        mov     esi, r12d
        call    sb_num
.out:
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

; log_id(): appends the current request id to the log line.
log_id:
        lea     rdi, [logsb]
        mov     rsi, [hv + 16*HV_ID]
        mov     rdx, [hv + 16*HV_ID + 8]
        jmp     sb_add

; log_reply(): appends " " and the start of the last answer's body.
log_reply:
        sub     rsp, 8
        mov     rax, [reply_sb + SB_len]
        test    rax, rax
        jz      .out
        SBLIT   logsb, " "
        lea     rdi, [logsb]
        mov     rsi, [reply_sb + SB_ptr]
        mov     rdx, [reply_sb + SB_len]
        call    sb_add
.out:
        add     rsp, 8
        ret

; begin_error(rdi type, rsi tlen): an error document with msgsb as its
; message; stackTrace lines may follow (errdoc_line) before finish_error.
begin_error:
        mov     [err_type], rdi
        mov     [err_type_len], rsi
        mov     rdx, [msgsb + SB_ptr]
        mov     rcx, [msgsb + SB_len]
        jmp     errdoc_begin

begin_error_msg:
        mov     [err_type], rdi
        mov     [err_type_len], rsi
        jmp     errdoc_begin

; finish_error(): posts the document to /invocation/<id>/error, typed as
; begin_error said. Registers: rbx document, r12 its length.
finish_error:
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
        mov     r8, [err_type]
        mov     r9, [err_type_len]
        call    post_answer
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

; init_error(rdi type, rsi tlen): posts msgsb as the init error, logs
; "TYPE: MESSAGE", and exits 1. Registers: rbx type, r12 tlen, r13 doc, r14 length.
init_error:
        push    rbx
        push    r12
        push    r13
        push    r14
        sub     rsp, 8
        mov     rbx, rdi
        mov     r12, rsi
        mov     rdx, [msgsb + SB_ptr]
        mov     rcx, [msgsb + SB_len]
        call    errdoc_begin
        call    errdoc_end
        mov     r13, rax
        mov     r14, rdx
        call    log_start
        lea     rdi, [logsb]
        mov     rsi, rbx
        mov     rdx, r12
        call    sb_add
        SBLIT   logsb, ": "
        lea     rdi, [logsb]
        mov     rsi, [msgsb + SB_ptr]
        mov     rdx, [msgsb + SB_len]
        call    sb_add
        call    log_flush
        call    init_error_path
        mov     rdi, rax
        mov     rsi, rdx
        mov     rdx, r13
        mov     rcx, r14
        mov     r8, rbx
        mov     r9, r12
        call    http_post
        cmp     eax, 202
        je      .exit
        mov     r13d, eax
        LOG     "POST /init/error answered "
        lea     rdi, [logsb]
        mov     esi, r13d
        call    sb_num
        call    log_reply
        call    log_flush
.exit:
        mov     eax, SYS_exit_group
        mov     edi, 1
        syscall

; post_answer(rdi path, rsi plen, rdx body, rcx blen, r8 type | 0, r9 tlen):
; posts and acts on the reply as bootstrap.sh does: 202 fine; 413 reported as
; Function.ResponseSizeTooLarge; 500 exits 1; anything else logged.
; Registers: rbx body length.
post_answer:
        push    rbx
        push    r12
        sub     rsp, 8
        mov     rbx, rcx
        call    http_post
        cmp     eax, 202
        je      .out
        cmp     eax, 413
        je      .large
        cmp     eax, 500
        je      .broken
        mov     r12d, eax
        LOG     "POST answer for "
        call    log_id
        SBLIT   logsb, " failed (HTTP "
        lea     rdi, [logsb]
        mov     esi, r12d
        call    sb_num
        SBLIT   logsb, ")"
        call    log_reply
        call    log_flush
        jmp     .out
.large:
        mov     rdi, rbx
        call    report_oversize
        jmp     .out
.broken:
        call    api_broken
.out:
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

api_broken:
        LOG     "the Runtime API failed (HTTP 500) answering "
        call    log_id
        SBLIT   logsb, "; exiting"
        call    fatal

; report_oversize(rdi size): the response is over MAX_RESPONSE bytes: says so
; in the log and posts Function.ResponseSizeTooLarge. After a 413 the Runtime
; API has failed the invocation already, and answers this with 403.
; Registers: rbx size, r12 document, r13 its length, r14d status.
report_oversize:
        push    rbx
        push    r12
        push    r13
        push    r14
        sub     rsp, 8
        mov     rbx, rdi
        LOG     "the response to "
        call    log_id
        SBLIT   logsb, " is "
        lea     rdi, [logsb]
        mov     rsi, rbx
        call    sb_num
        SBLIT   logsb, " bytes, over the 6 MB the Runtime API accepts; reporting it as an error"
        call    log_flush
        lea     rdi, [msgsb]
        call    sb_reset
        SBLIT   msgsb, "Response payload size ("
        lea     rdi, [msgsb]
        mov     rsi, rbx
        call    sb_num
        SBLIT   msgsb, " bytes) exceeded maximum allowed payload size (6291556 bytes)."
        lea     rdi, [t_too_large]
        mov     esi, t_too_large_len
        mov     rdx, [msgsb + SB_ptr]
        mov     rcx, [msgsb + SB_len]
        call    errdoc_begin
        call    errdoc_end
        mov     r12, rax
        mov     r13, rdx
        mov     edi, 1
        call    invocation_path
        mov     rdi, rax
        mov     rsi, rdx
        mov     rdx, r12
        mov     rcx, r13
        lea     r8, [t_too_large]
        mov     r9d, t_too_large_len
        call    http_post
        cmp     eax, 202
        je      .out
        cmp     eax, 500
        je      api_broken
        mov     r14d, eax
        cmp     eax, 403
        jne     .other
        LOG     "the Runtime API had already failed "
        call    log_id
        SBLIT   logsb, " (403)"
        call    log_flush
        jmp     .out
.other:
        LOG     "POST /invocation/"
        call    log_id
        SBLIT   logsb, "/error answered "
        lea     rdi, [logsb]
        mov     esi, r14d
        call    sb_num
        call    log_reply
        call    log_flush
.out:
        add     rsp, 8
        pop     r14
        pop     r13
        pop     r12
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
        cmp     qword [cut_kind], CUT_NONE
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
        call    log_start
        lea     rdi, [logsb]
        mov     rsi, [msgsb + SB_ptr]
        mov     rdx, [msgsb + SB_len]
        call    sb_add
        SBLIT   logsb, "; "
        call    log_id
        SBLIT   logsb, " fails with Runtime.TruncatedEvent and its handler does not run"
        call    log_flush
        lea     rdi, [t_truncated]
        mov     esi, t_truncated_len
        call    begin_error
        call    finish_error
        add     rsp, 8
        ret

; skip_bad_id(): logs the unusable request id of the event being skipped.
skip_bad_id:
        sub     rsp, 8
        LOG     "GET /invocation/next gave no usable request id ('"
        call    log_id
        SBLIT   logsb, "'); skipping the event"
        call    log_flush
        add     rsp, 8
        ret

; next_failed(edi status from next_event): logs why /next failed; exits 1.
next_failed:
        push    rbx
        mov     ebx, edi
        LOG     "GET /invocation/next failed ("
        test    ebx, ebx
        jz      .none
        js      .garbled
        SBLIT   logsb, "HTTP "
        lea     rdi, [logsb]
        mov     esi, ebx
        call    sb_num
        SBLIT   logsb, ")"
        call    log_reply
        jmp     .exit
.none:
        SBLIT   logsb, "no answer from the Runtime API)"
        jmp     .exit
.garbled:
        SBLIT   logsb, "the answer is not HTTP)"
.exit:
        SBLIT   logsb, "; exiting"
        call    fatal
