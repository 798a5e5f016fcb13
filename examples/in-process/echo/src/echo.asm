; An in-process Lambda handler (bootstrap: in-process): the response is the
; event, byte for byte. The runtime calls `handler` once per event; there is
; no _start and no process per invocation.
%include "lambda.inc"

section .text
; handler(rdi event, rsi length, rdx context) -> eax 0
handler:
        sub     rsp, 8                  ; keep rsp 16-byte aligned for the call
        call    lambda_write            ; (rdi, rsi) are already the event
        add     rsp, 8
        test    rax, rax
        jnz     .too_large              ; cannot happen: events are smaller than responses
        xor     eax, eax
        ret
.too_large:
        mov     eax, 1
        ret
