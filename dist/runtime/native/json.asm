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

%include "runtime.inc"

%define ERRDOC_CAP      (512 * 1024)
%define MAX_TYPE        256
%define MAX_MSG         65536
%define MAX_LINE        8192

section .rodata
hex:            db "0123456789abcdef"

section .data
align 8
errdoc_sb:      dq errdoc, 0, ERRDOC_CAP, 0     ; the document being built
%define errdoc_len (errdoc_sb + SB_len)

section .data                           ; small variables: addressed from rbp (runtime.inc, VB)
align 8
ed_a:            dq 0, 0         ; (pointer, length): the type, or a stackTrace line
ed_b:            dq 0, 0         ; the message

FVAR V_JA, K_JSON, ed_a
FVAR V_JB, K_JSON, ed_b

section .bss
errdoc:         resb ERRDOC_CAP

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
        mov     edx, hex
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

; LIT text: appends literal bytes to the document (the callers keep in bounds).
%macro LIT 1+
        SBLIT   errdoc_sb, %1
%endmacro

; sb_json(rdi sb, rsi p, rdx n): appends n bytes escaped; the caller keeps
; the StringBuilder in bounds (json_escape writes at most 6n bytes).
sb_json:
        push    rdi
        mov     rax, rdi
        mov     rdi, [rax + SB_ptr]
        add     rdi, [rax + SB_len]
        call    json_escape
        pop     rdi
        add     [rdi + SB_len], rax
        ret

; errdoc_begin(rdi type, rsi tlen, rdx msg, rcx mlen): starts
; {"errorType":"..","errorMessage":"..","stackTrace":[ . The type is cut at
; MAX_TYPE bytes and the message at MAX_MSG (ERRDOC_CAP holds both escaped).
errdoc_begin:
        sub     rsp, 8
        cmp     rsi, MAX_TYPE
        jbe     .t
        mov     esi, MAX_TYPE
.t:     cmp     rcx, MAX_MSG
        jbe     .m
        mov     ecx, MAX_MSG
.m:     mov     [rbp + ed_a - VB], rdi
        mov     [rbp + ed_a - VB + 8], rsi
        mov     [rbp + ed_b - VB], rdx
        mov     [rbp + ed_b - VB + 8], rcx
        mov     qword [errdoc_len], 0
        LIT     '{"errorType":"', V_JA, '","errorMessage":"', V_JB, '","stackTrace":['
        add     rsp, 8
        ret

; errdoc_line(rdi line, rsi len): one more stackTrace string. Lines are cut at
; MAX_LINE bytes; a line that would not fit the document is left out.
errdoc_line:
        sub     rsp, 8
        cmp     rsi, MAX_LINE
        jbe     .sized
        mov     esi, MAX_LINE
.sized:
        mov     [rbp + ed_a - VB], rdi
        mov     [rbp + ed_a - VB + 8], rsi
        lea     rax, [rsi + 2*rsi]
        add     rax, rax                ; 6 * len
        mov     rcx, [errdoc_len]
        add     rax, rcx
        add     rax, 8                  ; , " " ] }
        cmp     rax, ERRDOC_CAP
        ja      .out
        cmp     byte [errdoc + rcx - 1], '['
        je      .first                  ; the first line: no comma
        LIT     ','
.first:
        LIT     '"', V_JA, '"'
.out:
        add     rsp, 8
        ret

; errdoc_end() -> rax document, rdx its length.
errdoc_end:
        sub     rsp, 8
        LIT     ']}'
        mov     eax, errdoc
        mov     rdx, [errdoc_len]
        add     rsp, 8
        ret
