; An echo handler: copies the event (stdin) to the response (stdout).
; With bootstrap: generated each invocation runs this once, with the event on
; stdin; whatever it writes to stdout is the response, byte for byte.

section .bss
buffer:     resb 65536

section .text
global _start
_start:
.read:
    xor     eax, eax            ; read(stdin, buffer, size)
    xor     edi, edi
    lea     rsi, [rel buffer]
    mov     edx, 65536
    syscall
    test    rax, rax
    jz      .done               ; 0: end of the event
    js      .fail               ; <0: read error
    mov     rdx, rax            ; bytes to write
    lea     rsi, [rel buffer]
.write:
    mov     eax, 1              ; write(stdout, rsi, rdx)
    mov     edi, 1
    push    rsi
    push    rdx
    syscall
    pop     rdx
    pop     rsi
    test    rax, rax
    js      .fail
    add     rsi, rax            ; a short write: go on with the rest
    sub     rdx, rax
    jnz     .write
    jmp     .read
.done:
    mov     eax, 60             ; exit(0)
    xor     edi, edi
    syscall
.fail:
    mov     eax, 60             ; exit(1): the bootstrap reports Function.ExitError
    mov     edi, 1
    syscall
