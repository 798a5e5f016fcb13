; json.asm - JSON string escaping and the Runtime API's error document.
;
; json_escape works on bytes and gives valid JSON whatever they are, with the
; same rules as bootstrap.sh's json_quote, so both runtimes report a handler's
; stderr alike: printable ASCII passes (with \" and \\), tab, LF and CR become
; \t \n \r, other control bytes and DEL become \u00XX, a well-formed UTF-8
; sequence (no overlongs, no surrogates, nothing past U+10FFFF) passes as it
; is, and any other byte >= 0x80 becomes U+FFFD (as \ufffd), one per byte.
;
; Register use: System V; rbx, rbp, r12-r15 preserved.

default rel
%include "runtime.inc"

%define ERRDOC_CAP      (512 * 1024)
%define MAX_TYPE        256
%define MAX_MSG         65536
%define MAX_LINE        8192

section .rodata
hex:            db "0123456789abcdef"

section .bss
errdoc:         resb ERRDOC_CAP
alignb 8
errdoc_len:     resq 1
errdoc_lines:   resq 1

section .text

; json_escape(rdi dst, rsi src, rdx n) -> rax bytes written (at most 6n).
; Registers: rdi out cursor, rsi in cursor, r8 end of input, r9 dst start,
; r10 sequence length - 1, r11 continuation bounds.
json_escape:
        mov     r9, rdi
        lea     r8, [rsi + rdx]
.loop:
        cmp     rsi, r8
        jae     .done
        movzx   eax, byte [rsi]
        cmp     al, 0x20
        jb      .control
        cmp     al, 0x7f
        je      .u00
        ja      .high
        cmp     al, '"'
        je      .backslash
        cmp     al, '\'
        jne     .plain
.backslash:
        mov     byte [rdi], '\'
        inc     rdi
.plain:
        mov     [rdi], al
        inc     rdi
        inc     rsi
        jmp     .loop
.control:
        mov     cl, 't'
        cmp     al, 9
        je      .short
        mov     cl, 'n'
        cmp     al, 10
        je      .short
        mov     cl, 'r'
        cmp     al, 13
        je      .short
.u00:                                   ; \u00XX for the byte in al
        mov     dword [rdi], '\u00'
        mov     ecx, eax
        shr     ecx, 4
        lea     rdx, [hex]
        mov     cl, [rdx + rcx]
        mov     [rdi + 4], cl
        mov     ecx, eax
        and     ecx, 15
        mov     cl, [rdx + rcx]
        mov     [rdi + 5], cl
        add     rdi, 6
        inc     rsi
        jmp     .loop
.bad:                                   ; a byte that starts no valid sequence: \ufffd
        mov     dword [rdi], '\uff'
        mov     word [rdi + 4], 'fd'
        add     rdi, 6
        inc     rsi
        jmp     .loop
.short:
        mov     byte [rdi], '\'
        mov     [rdi + 1], cl
        add     rdi, 2
        inc     rsi
        jmp     .loop
.high:                                  ; a UTF-8 lead byte? r10 = continuation count
        mov     r11d, 0xbf80            ; first continuation: lo 0x80, hi 0xbf
        cmp     al, 0xc2
        jb      .bad
        mov     r10d, 1
        cmp     al, 0xdf
        jbe     .check
        mov     r10d, 2
        cmp     al, 0xef
        ja      .four
        cmp     al, 0xe0
        jne     .not_e0
        mov     r11d, 0xbfa0
.not_e0:
        cmp     al, 0xed
        jne     .check
        mov     r11d, 0x9f80
        jmp     .check
.four:
        mov     r10d, 3
        cmp     al, 0xf4
        ja      .bad
        cmp     al, 0xf0
        jne     .not_f0
        mov     r11d, 0xbf90
.not_f0:
        cmp     al, 0xf4
        jne     .check
        mov     r11d, 0x8f80
.check:                                 ; all of it must be there
        lea     rcx, [rsi + r10]
        cmp     rcx, r8
        jae     .bad
        movzx   ecx, byte [rsi + 1]
        cmp     cl, r11b                ; lo
        jb      .bad
        mov     edx, r11d
        shr     edx, 8
        cmp     cl, dl                  ; hi
        ja      .bad
        mov     ecx, 2
.cont:
        cmp     rcx, r10
        ja      .valid
        movzx   edx, byte [rsi + rcx]
        sub     edx, 0x80
        cmp     edx, 0x3f
        ja      .bad
        inc     ecx
        jmp     .cont
.valid:
        lea     rcx, [r10 + 1]
        rep movsb                       ; copies the sequence, advances both
        jmp     .loop
.done:
        mov     rax, rdi
        sub     rax, r9
        ret

; lit(rdi p, rsi n): appends raw bytes to errdoc (the callers keep in bounds).
lit:
        mov     rdx, rsi
        mov     rsi, rdi
        lea     rdi, [errdoc]
        add     rdi, [errdoc_len]
        add     [errdoc_len], rdx
        jmp     mem_copy

%macro LIT 1
[section .rodata]
%%s:    db %1
%%l     equ $ - %%s
__SECT__
        lea     rdi, [rel %%s]
        mov     esi, %%l
        call    lit
%endmacro

; esc(rdi p, rsi n): appends n bytes escaped.
esc:
        mov     rdx, rsi
        mov     rsi, rdi
        lea     rdi, [errdoc]
        add     rdi, [errdoc_len]
        call    json_escape
        add     [errdoc_len], rax
        ret

; errdoc_begin(rdi type, rsi tlen, rdx msg, rcx mlen): starts
; {"errorType":"..","errorMessage":"..","stackTrace":[ . The type is cut at
; MAX_TYPE bytes and the message at MAX_MSG. Registers: rbx type, r12 tlen,
; r13 msg, r14 mlen.
errdoc_begin:
        push    rbx
        push    r12
        push    r13
        push    r14
        sub     rsp, 8
        mov     rbx, rdi
        mov     r12, rsi
        mov     r13, rdx
        mov     r14, rcx
        mov     qword [errdoc_len], 0
        mov     qword [errdoc_lines], 0
        LIT     '{"errorType":"'
        cmp     r12, MAX_TYPE
        jbe     .t
        mov     r12d, MAX_TYPE
.t:     mov     rdi, rbx
        mov     rsi, r12
        call    esc
        LIT     '","errorMessage":"'
        cmp     r14, MAX_MSG
        jbe     .m
        mov     r14d, MAX_MSG
.m:     mov     rdi, r13
        mov     rsi, r14
        call    esc
        LIT     '","stackTrace":['
        add     rsp, 8
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        ret

; errdoc_line(rdi line, rsi len): one more stackTrace string. Lines are cut at
; MAX_LINE bytes; a line that would not fit the document is left out.
errdoc_line:
        push    rbx
        push    r12
        sub     rsp, 8
        mov     rbx, rdi
        mov     r12, rsi
        cmp     r12, MAX_LINE
        jbe     .sized
        mov     r12d, MAX_LINE
.sized:
        lea     rax, [r12 + 2*r12]
        add     rax, rax                ; 6 * len
        add     rax, [errdoc_len]
        add     rax, 8                  ; , " " ] }
        cmp     rax, ERRDOC_CAP
        ja      .out
        cmp     qword [errdoc_lines], 0
        je      .first
        LIT     ','
.first:
        inc     qword [errdoc_lines]
        LIT     '"'
        mov     rdi, rbx
        mov     rsi, r12
        call    esc
        LIT     '"'
.out:
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

; errdoc_end() -> rax document, rdx its length.
errdoc_end:
        sub     rsp, 8
        LIT     ']}'
        lea     rax, [errdoc]
        mov     rdx, [errdoc_len]
        add     rsp, 8
        ret
