; An in-process handler for a function URL: answers
;   {"statusCode":200,"headers":{"content-type":"application/json"},"body":"..."}
; where body is the JSON text {"requestId":"<id>","bytes":<event length>},
; escaped as a JSON string. The request id is [A-Za-z0-9._:-]: no escaping
; needed beyond the body's own quotes.
%include "lambda.inc"

section .rodata
head:       db '{"statusCode":200,"headers":{"content-type":"application/json"},"body":"{\"requestId\":\"'
head_len    equ $ - head
mid:        db '\",\"bytes\":'
mid_len     equ $ - mid
tail:       db '}"}'
tail_len    equ $ - tail

section .bss
digits:     resb 24

section .text
; handler(rdi event, rsi length, rdx context) -> eax 0
; Registers: rbx context, r12 event length.
handler:
        push    rbx
        push    r12
        sub     rsp, 8                  ; two pushes + this: aligned for the calls
        mov     rbx, rdx
        mov     r12, rsi
        lea     rdi, [rel head]
        mov     esi, head_len
        call    lambda_write
        mov     rdi, [rbx + LAMBDA_CTX_REQUEST_ID]
        mov     rsi, [rbx + LAMBDA_CTX_REQUEST_ID_LEN]
        call    lambda_write
        lea     rdi, [rel mid]
        mov     esi, mid_len
        call    lambda_write
        ; the event length in decimal, written backwards from the buffer's end
        mov     rax, r12
        lea     rdi, [rel digits + 24]
        mov     ecx, 10
.digit:
        xor     edx, edx
        div     rcx
        add     dl, '0'
        dec     rdi
        mov     [rdi], dl
        test    rax, rax
        jnz     .digit
        lea     rsi, [rel digits + 24]
        sub     rsi, rdi
        call    lambda_write
        lea     rdi, [rel tail]
        mov     esi, tail_len
        call    lambda_write
        add     rsp, 8
        pop     r12
        pop     rbx
        xor     eax, eax
        ret
