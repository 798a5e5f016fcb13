; process.asm - the process-mode runtime (bootstrap: generated) as ONE nasm
; compile unit: the parts below are %included, so that the action runs one
; nasm per build and the parts share data and short jumps. The packed
; handler's path comes first, from a generated file the build pre-includes
; (nasm -P): it defines packed_handler (bytes, NUL-terminated) and
; packed_handler_len (an equ).
;
; The runtime is linked non-PIE at a fixed address (ld -static): read-only data
; and the big buffers are addressed absolutely (default abs; `mov edi, label`
; puts an address in a register, and the same address is the same 4 bytes at
; every use, which deflates better than rip-relative offsets), the small
; variables from rbp (runtime.inc). Messages are templates (runtime.inc, fmt).

%define MODE_PROCESS
%include "runtime.inc"
%include "common.asm"
%include "http.asm"
%include "json.asm"
%include "answer.asm"
%include "proc.asm"
%include "process_main.asm"

%if FVAR_NEXT > 0x100
%error "too many template variables (FVAR): their codes are the bytes 0x80-0xff"
%endif
