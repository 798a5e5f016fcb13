; inprocess.asm - the in-process runtime (bootstrap: in-process) as ONE nasm
; compile unit: the parts below are %included; the user's objects, which
; define `handler` (see lambda.inc), are linked with it. Data is addressed as
; in process.asm.

%define MODE_INPROCESS
%include "runtime.inc"
%include "common.asm"
%include "http.asm"
%include "json.asm"
%include "answer.asm"
%include "inprocess_main.asm"

%if FVAR_NEXT > 0x100
%error "too many template variables (FVAR): their codes are the bytes 0x80-0xff"
%endif
