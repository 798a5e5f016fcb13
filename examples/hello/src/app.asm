; The hello-world Lambda handler: prints 早めのパブロン and exits 0.
; With bootstrap: generated, stdout is the function's response, so invoking this
; function returns exactly these bytes. It uses only the x86-64 `syscall` ABI.

section .rodata
message:        db "早めのパブロン", 10     ; NASM copies UTF-8 string bytes as they are
message_len:    equ $ - message

section .text
global _start
_start:
    mov     eax, 1              ; write(
    mov     edi, 1              ;   stdout,
    lea     rsi, [rel message]  ;   message,
    mov     edx, message_len    ;   length)
    syscall
    mov     eax, 60             ; exit(0)
    xor     edi, edi
    syscall
