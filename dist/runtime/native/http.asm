; http.asm - the runtime's HTTP/1.1 client for the Lambda Runtime API.
;
; One keep-alive TCP connection (sock, -1 when closed) to the address parsed
; once from AWS_LAMBDA_RUNTIME_API. Requests are written whole (send loops on
; short writes, EINTR, MSG_NOSIGNAL so a dead peer is an error, not SIGPIPE).
; Answers are read through ibuf: the status line and headers line by line
; (bounded to MAX_HEADER_BYTES), the body framed by Content-Length, chunked
; transfer coding (extensions and trailers allowed) or the connection's close,
; in pieces of any size over any number of reads. A request that finds the
; kept-alive connection dead (send fails, or EOF before any answer byte) is
; retried once on a fresh connection.
;
; Invariants: 0 <= ipos <= ibend <= IBUF_CAP; bytes ibuf[ipos, ibend) are
; received and not yet consumed. sk_len <= sk_cap; sk_total counts every body
; byte seen, stored or not. Header values are copied, NUL-terminated, into the
; arena, whose size bounds them (each is shorter than its header line).
;
; Register use: System V; every function preserves rbx, rbp, r12-r15.

default rel
%include "runtime.inc"

%define IBUF_CAP    65536
%define SBUF_CAP    65536
%define ARENA_CAP   (MAX_HEADER_BYTES + 64)
%define REPLY_CAP   300
%define DISCARD_MAX (1024 * 1024)    ; an error answer's body longer than this: close
%define FULL        -1000            ; rd_fill: ibuf holds a line longer than IBUF_CAP
%define ID_MAX      256              ; longest request id the runtime accepts
%define KEEP_PAGES  (256 * 1024)     ; event buffer bytes kept mapped after a big event

section .data
align 8
sock:           dq -1
reply_sb:       dq replybuf, 0, REPLY_CAP, 1
send_sb:        dq sbuf, 0, SBUF_CAP, 0
empty:          dq 0

section .rodata
base:           db "/2018-06-01/runtime"
base_len        equ $ - base
s_next_path:    db "/invocation/next"
s_next_len      equ $ - s_next_path
s_invocation:   db "/invocation/"
s_invocation_len equ $ - s_invocation
s_response:     db "/response"
s_response_len  equ $ - s_response
s_error:        db "/error"
s_error_len     equ $ - s_error
s_init_error:   db "/init/error"
s_init_error_len equ $ - s_init_error
s_localhost:    db "localhost"
s_chunked:      db "chunked"
s_close:        db "close"

; Headers the runtime reads: name (lower case), length, action.
; Actions 0-5 store the value in hv[action]; 6 Content-Length,
; 7 Transfer-Encoding, 8 Connection.
%macro HDR 2
        dq %%n, %%e - %%n, %2
[section .rodata]
%%n:    db %1
%%e:
__SECT__
%endmacro
section .data                           ; the names go to .rodata, apart
align 8
hdr_table:
        HDR "lambda-runtime-aws-request-id", HV_ID
        HDR "lambda-runtime-deadline-ms", HV_DEADLINE
        HDR "lambda-runtime-invoked-function-arn", HV_ARN
        HDR "lambda-runtime-trace-id", HV_TRACE
        HDR "lambda-runtime-client-context", HV_CC
        HDR "lambda-runtime-cognito-identity", HV_COG
        HDR "content-length", 6
        HDR "transfer-encoding", 7
        HDR "connection", 8
hdr_table_end:

section .bss
alignb 16
api_sa:         resb 16                 ; struct sockaddr_in
api_host:       resb 64                 ; "host:port" as given, for Host:
api_host_len:   resq 1
get_req:        resb 192
get_req_len:    resq 1
conn_reused:    resq 1                  ; 1 once the connection answered a request
ipos:           resq 1
ibend:           resq 1
lscan:          resq 1                  ; bytes after ipos already searched for \n
rx_total:       resq 1                  ; bytes received for the current answer
hdr_total:      resq 1
arena_used:     resq 1
hv:             resq 2 * HV_COUNT
deadline_ms:    resq 1
resp_clen:      resq 1                  ; -1: no Content-Length
resp_chunked:   resq 1
resp_close:     resq 1                  ; the server will close, or HTTP/1.0
resp_bad:       resq 1                  ; framing headers the runtime can't trust
resp_status:    resq 1
head_cut:       resq 1
want_hv:        resq 1                  ; 1: this answer is /next's, its headers fill hv
ev_ptr:         resq 1
ev_len:         resq 1
ev_hiwater:     resq 1
cut_kind:       resq 1
cut_got:        resq 1
sk_dst:         resq 1                  ; the sink bodies go to
sk_cap:         resq 1
sk_len:         resq 1
sk_total:       resq 1
sk_limit:       resq 1
pathbuf:        resb 512
replybuf:       resb REPLY_CAP
alignb 16
ibuf:           resb IBUF_CAP
arena:          resb ARENA_CAP
sbuf:           resb SBUF_CAP

section .text

; ---- address -------------------------------------------------------------------

; parse_octets(rdi p, rsi n) -> eax IPv4 address in network byte order (as it
; sits in memory), edx 1 ok | 0. Exactly four dot-separated decimals 0-255, each
; 1-3 digits. Registers: r8 index, r9 current value, r10 digits in part,
; r11 part count, eax result.
parse_octets:
        xor     eax, eax
        xor     r8d, r8d
        xor     r9d, r9d
        xor     r10d, r10d
        xor     r11d, r11d
.loop:
        cmp     r8, rsi
        je      .part_end
        movzx   ecx, byte [rdi + r8]
        inc     r8
        cmp     cl, '.'
        je      .part_end
        sub     ecx, '0'
        cmp     ecx, 9
        ja      .bad
        inc     r10d
        cmp     r10d, 3
        ja      .bad
        imul    r9d, r9d, 10
        add     r9d, ecx
        jmp     .loop
.part_end:
        test    r10d, r10d
        jz      .bad
        cmp     r9d, 255
        ja      .bad
        mov     ecx, r11d
        shl     ecx, 3
        shl     r9d, cl
        or      eax, r9d
        inc     r11d
        xor     r9d, r9d
        xor     r10d, r10d
        cmp     r8, rsi
        jne     .more
        cmp     r11d, 4
        jne     .bad
        cmp     byte [rdi + rsi - 1], '.'
        je      .bad
        mov     edx, 1
        ret
.more:
        cmp     r11d, 4
        jae     .bad
        jmp     .loop
.bad:
        xor     edx, edx
        ret

; api_init(rdi NUL-terminated AWS_LAMBDA_RUNTIME_API value, or 0).
; Sets api_sa, api_host, get_req and maps the event buffer. On a value that is
; not host:port (IPv4 literal or localhost, port 1-65535) it logs one line and
; exits 1. Registers: rbx value, r12 length, r13 colon index, r14d address.
api_init:
        push    rbx
        push    r12
        push    r13
        push    r14
        sub     rsp, 8
        mov     rbx, rdi
        test    rdi, rdi
        jz      .unset
        call    cstr_len
        mov     r12, rax
        test    rax, rax
        jz      .unset
        cmp     rax, 60
        ja      .bad
        mov     rdi, rbx
        mov     rsi, r12
        mov     edx, ':'
        call    mem_rchr
        test    rax, rax
        jz      .bad
        sub     rax, rbx
        mov     r13, rax
        ; the port: 1-5 digits, 1..65535
        lea     rdi, [rbx + r13 + 1]
        mov     rsi, r12
        sub     rsi, r13
        dec     rsi
        cmp     rsi, 5
        ja      .bad
        call    parse_dec
        test    edx, edx
        jz      .bad
        test    rax, rax
        jz      .bad
        cmp     rax, 65535
        ja      .bad
        xchg    al, ah                  ; network byte order
        mov     word [api_sa + 2], ax
        ; the host
        cmp     r13, 9
        jne     .ip
        mov     rdi, rbx
        lea     rsi, [s_localhost]
        mov     edx, 9
        call    mem_ieq
        test    eax, eax
        jz      .ip
        mov     r14d, 0x0100007f        ; 127.0.0.1
        jmp     .addr
.ip:
        mov     rdi, rbx
        mov     rsi, r13
        call    parse_octets
        test    edx, edx
        jz      .bad
        mov     r14d, eax
.addr:
        mov     word [api_sa], AF_INET
        mov     dword [api_sa + 4], r14d
        mov     qword [api_sa + 8], 0
        lea     rdi, [api_host]
        mov     rsi, rbx
        mov     rdx, r12
        call    mem_copy
        mov     [api_host_len], r12
        ; GET <base>/invocation/next HTTP/1.1\r\nHost: <api>\r\n\r\n
        lea     rdi, [send_sb]
        call    sb_reset
        SBLIT   send_sb, "GET "
        lea     rdi, [send_sb]
        lea     rsi, [base]
        mov     edx, base_len
        call    sb_add
        lea     rdi, [send_sb]
        lea     rsi, [s_next_path]
        mov     edx, s_next_len
        call    sb_add
        SBLIT   send_sb, {" HTTP/1.1", 13, 10, "Host: "}
        lea     rdi, [send_sb]
        lea     rsi, [api_host]
        mov     rdx, r12
        call    sb_add
        SBLIT   send_sb, {13, 10, 13, 10}
        lea     rdi, [get_req]
        lea     rsi, [sbuf]
        mov     rdx, [send_sb + SB_len]
        mov     [get_req_len], rdx
        call    mem_copy
        mov     rdi, MAX_EVENT + PAGE
        call    map_anon
        mov     [ev_ptr], rax
        mov     qword [ev_len], 0
        add     rsp, 8
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        ret
.unset:
        LOG     "AWS_LAMBDA_RUNTIME_API is not set: this file is meant to be started by AWS Lambda"
        call    fatal
.bad:
        LOG     "AWS_LAMBDA_RUNTIME_API is '"
        lea     rdi, [logsb]
        mov     rsi, rbx
        mov     rdx, r12
        cmp     rdx, 200
        jbe     .short
        mov     edx, 200
.short:
        call    sb_add
        SBLIT   logsb, "', which is not host:port with an IPv4 address or localhost as the host; exiting"
        call    fatal

; ---- connection ------------------------------------------------------------------

; conn_close(): closes the connection, if open.
conn_close:
        mov     rdi, [sock]
        test    rdi, rdi
        js      .out
        mov     qword [sock], -1
        mov     qword [conn_reused], 0
        mov     qword [ipos], 0
        mov     qword [ibend], 0
        mov     qword [lscan], 0
        mov     eax, SYS_close
        syscall                         ; nothing to do about a failed close
.out:
        ret

; conn_open() -> eax 0, or -errno. A fresh socket with TCP_NODELAY, connected
; to api_sa; an interrupted connect is waited for with poll. Registers: rbx fd.
conn_open:
        push    rbx
        sub     rsp, 16
        call    conn_close
        mov     eax, SYS_socket
        mov     edi, AF_INET
        mov     esi, SOCK_STREAM | SOCK_CLOEXEC
        xor     edx, edx
        syscall
        test    rax, rax
        js      .out
        mov     rbx, rax
        mov     dword [rsp], 1
        mov     eax, SYS_setsockopt
        mov     edi, ebx
        mov     esi, IPPROTO_TCP
        mov     edx, TCP_NODELAY
        mov     r10, rsp
        mov     r8d, 4
        syscall                         ; only a latency loss if it fails
        mov     eax, SYS_connect
        mov     edi, ebx
        lea     rsi, [api_sa]
        mov     edx, 16
        syscall
        test    rax, rax
        jz      .connected
        cmp     rax, -EINTR
        je      .wait
        cmp     rax, -EINPROGRESS
        jne     .fail
.wait:                                  ; the connect goes on: poll for it
        mov     [rsp], ebx
        mov     dword [rsp + 4], POLLOUT
        mov     eax, SYS_poll
        mov     rdi, rsp
        mov     esi, 1
        mov     edx, -1
        syscall
        cmp     rax, -EINTR
        je      .wait
        test    rax, rax
        js      .fail
        mov     dword [rsp + 8], 4
        mov     eax, SYS_getsockopt
        mov     edi, ebx
        mov     esi, SOL_SOCKET
        mov     edx, SO_ERROR
        mov     r10, rsp
        lea     r8, [rsp + 8]
        syscall
        test    rax, rax
        js      .fail
        mov     eax, [rsp]
        neg     eax
        movsx   rax, eax
        test    rax, rax
        jnz     .fail
.connected:
        mov     [sock], rbx
        mov     qword [conn_reused], 0
        mov     qword [ipos], 0
        mov     qword [ibend], 0
        mov     qword [lscan], 0
        xor     eax, eax
        jmp     .out
.fail:
        push    rax
        push    rax
        mov     eax, SYS_close
        mov     edi, ebx
        syscall
        pop     rax
        pop     rax
.out:
        add     rsp, 16
        pop     rbx
        ret

; conn_ensure() -> eax 0 when a connection is open; else tries 3 times, 100 ms
; apart, and returns the last -errno. Registers: rbx attempts.
conn_ensure:
        push    rbx
        xor     eax, eax
        cmp     qword [sock], 0
        jge     .out
        xor     ebx, ebx
.try:
        call    conn_open
        test    eax, eax
        jz      .out
        inc     ebx
        cmp     ebx, 3
        jae     .out
        push    rax
        mov     edi, 100
        call    sleep_ms
        pop     rax
        jmp     .try
.out:
        pop     rbx
        ret

; send_all(rdi buf, rsi len) -> rax 0 | -errno, on the connection.
; Registers: rbx cursor, r12 bytes left.
send_all:
        push    rbx
        push    r12
        sub     rsp, 8
        mov     rbx, rdi
        mov     r12, rsi
.loop:
        test    r12, r12
        jz      .ok
        mov     eax, SYS_sendto
        mov     rdi, [sock]
        mov     rsi, rbx
        mov     rdx, r12
        mov     r10d, MSG_NOSIGNAL
        xor     r8d, r8d
        xor     r9d, r9d
        syscall
        cmp     rax, -EINTR
        je      .loop
        test    rax, rax
        js      .out
        jz      .eio
        add     rbx, rax
        sub     r12, rax
        jmp     .loop
.eio:
        mov     rax, -5
        jmp     .out
.ok:
        xor     eax, eax
.out:
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

; ---- reading -----------------------------------------------------------------------

; rd_fill() -> rax bytes read (> 0), 0 at EOF, -errno, or FULL when ibuf holds
; IBUF_CAP unconsumed bytes. Moves the unconsumed bytes to the front first.
rd_fill:
        mov     rax, [ipos]
        mov     rcx, [ibend]
        cmp     rax, rcx
        jne     .keep
        xor     eax, eax
        mov     [ipos], rax
        mov     [ibend], rax
        jmp     .read
.keep:
        cmp     rcx, IBUF_CAP
        jne     .read
        test    rax, rax
        jnz     .move
        mov     rax, FULL
        ret
.move:
        lea     rdi, [ibuf]
        lea     rsi, [ibuf + rax]
        sub     rcx, rax
        mov     [ibend], rcx
        mov     qword [ipos], 0
        rep movsb                       ; dst < src: forward copy is safe
.read:
        mov     eax, SYS_read
        mov     rdi, [sock]
        lea     rsi, [ibuf]
        add     rsi, [ibend]
        mov     edx, IBUF_CAP
        sub     rdx, [ibend]
        syscall
        cmp     rax, -EINTR
        je      .read
        test    rax, rax
        jle     .out
        add     [ibend], rax
        add     [rx_total], rax
.out:
        ret

; rd_line(edi 1: count it as header bytes) -> rax line start, rdx its length
; without the LF and a CR before it; or rax 0 and edx 1 (EOF or read error)
; or 2 (the line, or the headers, too long). The pointer is valid until the
; next rd_* call. Registers: ebx counting flag.
rd_line:
        push    rbx
        mov     ebx, edi
.scan:
        lea     rdi, [ibuf]
        add     rdi, [ipos]
        mov     rsi, [ibend]
        sub     rsi, [ipos]
        mov     rax, [lscan]
        add     rdi, rax
        sub     rsi, rax
        mov     edx, 10
        call    mem_chr
        test    rax, rax
        jnz     .found
        mov     rax, [ibend]
        sub     rax, [ipos]
        mov     [lscan], rax            ; all of it searched
        test    ebx, ebx
        jz      .fill
        mov     rcx, [hdr_total]
        add     rcx, rax
        cmp     rcx, MAX_HEADER_BYTES
        ja      .toolong
.fill:
        call    rd_fill
        cmp     rax, FULL
        je      .toolong
        test    rax, rax
        jg      .scan
        xor     eax, eax
        mov     edx, 1
        pop     rbx
        ret
.toolong:
        xor     eax, eax
        mov     edx, 2
        pop     rbx
        ret
.found:
        lea     rdx, [ibuf]
        add     rdx, [ipos]             ; line start
        mov     rcx, rax
        sub     rcx, rdx                ; length before LF
        lea     r8, [rcx + 1]
        add     [ipos], r8
        mov     qword [lscan], 0
        test    ebx, ebx
        jz      .nocount
        add     [hdr_total], r8
        cmp     qword [hdr_total], MAX_HEADER_BYTES
        ja      .toolong
.nocount:
        mov     rax, rdx
        mov     rdx, rcx
        test    rdx, rdx
        jz      .ret
        cmp     byte [rax + rdx - 1], 13
        jne     .ret
        dec     rdx
.ret:
        pop     rbx
        ret

; trim(rdi p, rsi n) -> rax p', rdx n' without leading/trailing spaces and tabs.
trim:
        mov     rax, rdi
        mov     rdx, rsi
.front:
        test    rdx, rdx
        jz      .out
        cmp     byte [rax], ' '
        je      .f1
        cmp     byte [rax], 9
        jne     .back
.f1:    inc     rax
        dec     rdx
        jmp     .front
.back:
        mov     cl, [rax + rdx - 1]
        cmp     cl, ' '
        je      .b1
        cmp     cl, 9
        jne     .out
.b1:    dec     rdx
        jnz     .back
.out:
        ret

; header(rdi line, rsi len): acts on one header line.
; Registers: rbx line, r12 len, r13 table cursor, r14 value, r15 value length.
header:
        push    rbx
        push    r12
        push    r13
        push    r14
        push    r15
        mov     rbx, rdi
        mov     r12, rsi
        mov     edx, ':'
        call    mem_chr
        test    rax, rax
        jz      .out
        mov     r13, rax
        lea     rdi, [rax + 1]
        lea     rsi, [rbx + r12]
        sub     rsi, rdi
        call    trim
        mov     r14, rax
        mov     r15, rdx
        sub     r13, rbx                ; name length
        mov     r12, r13
        lea     r13, [hdr_table]
.find:
        lea     rax, [hdr_table_end]
        cmp     r13, rax
        jae     .out
        cmp     [r13 + 8], r12
        jne     .next
        mov     rdi, rbx
        mov     rsi, [r13]
        mov     rdx, r12
        call    mem_ieq
        test    eax, eax
        jnz     .act
.next:
        add     r13, 24
        jmp     .find
.act:
        mov     rax, [r13 + 16]
        cmp     eax, 6
        jae     .framing_hdr
        cmp     qword [want_hv], 0      ; a POST's answer must not touch the event's values
        je      .out
.framing_hdr:
        cmp     eax, 6
        je      .clen
        cmp     eax, 7
        je      .te
        cmp     eax, 8
        je      .conn
        ; store: arena gets value + NUL (the arena outgrows no header block)
        mov     r12, rax
        shl     r12, 4
        lea     rdi, [arena]
        add     rdi, [arena_used]
        lea     rax, [r15 + 1]
        add     rax, [arena_used]
        cmp     rax, ARENA_CAP
        ja      .out                    ; cannot happen; never overflow regardless
        mov     [arena_used], rax
        lea     rax, [hv]
        mov     [rax + r12], rdi
        mov     [rax + r12 + 8], r15
        mov     rsi, r14
        mov     rdx, r15
        call    mem_copy
        mov     byte [rax], 0
        cmp     r12, 16 * HV_DEADLINE
        jne     .out
        mov     rdi, r14
        mov     rsi, r15
        call    parse_dec
        test    edx, edx
        jnz     .dl
        xor     eax, eax
.dl:    mov     [deadline_ms], rax
        jmp     .out
.clen:
        mov     rdi, r14
        mov     rsi, r15
        call    parse_dec
        test    edx, edx
        jz      .bad
        mov     rcx, [resp_clen]
        test    rcx, rcx
        js      .setlen
        cmp     rcx, rax                ; two different lengths: can't trust either
        jne     .bad
.setlen:
        mov     [resp_clen], rax
        jmp     .out
.te:
        cmp     r15, 7
        jne     .bad
        mov     rdi, r14
        lea     rsi, [s_chunked]
        mov     edx, 7
        call    mem_ieq
        test    eax, eax
        jz      .bad
        mov     qword [resp_chunked], 1
        jmp     .out
.conn:
        cmp     r15, 5
        jne     .out
        mov     rdi, r14
        lea     rsi, [s_close]
        mov     edx, 5
        call    mem_ieq
        test    eax, eax
        jz      .out
        mov     qword [resp_close], 1
        jmp     .out
.bad:
        mov     qword [resp_bad], 1
.out:
        pop     r15
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        ret

; read_head() -> eax the status code, with head_cut 1 when the headers broke
; off; 0 when nothing at all arrived; -1 for an unreadable status line.
read_head:
        push    rbx
        mov     rax, [ibend]
        sub     rax, [ipos]
        mov     [rx_total], rax
        xor     eax, eax
        mov     [hdr_total], rax
        mov     [resp_chunked], rax
        mov     [resp_close], rax
        mov     [resp_bad], rax
        mov     [head_cut], rax
        mov     qword [resp_clen], -1
        cmp     qword [want_hv], 0
        je      .cleared
        mov     [arena_used], rax
        mov     [deadline_ms], rax
        lea     rcx, [empty]
        lea     rdx, [hv]
        mov     ebx, HV_COUNT
.clear:
        mov     [rdx], rcx
        mov     qword [rdx + 8], 0
        add     rdx, 16
        dec     ebx
        jnz     .clear
.cleared:
        mov     edi, 1
        call    rd_line
        test    rax, rax
        jnz     .status
        xor     eax, eax
        cmp     qword [rx_total], 0
        je      .out
        mov     eax, -1
        jmp     .out
.status:                                ; "HTTP/1.x NNN ..."
        cmp     rdx, 12
        jb      .garbled
        cmp     dword [rax], 'HTTP'
        jne     .garbled
        cmp     word [rax + 4], '/1'
        jne     .garbled
        cmp     byte [rax + 6], '.'
        jne     .garbled
        cmp     byte [rax + 8], ' '
        jne     .garbled
        cmp     byte [rax + 7], '1'
        je      .v11
        mov     qword [resp_close], 1   ; HTTP/1.0: no keep-alive
.v11:
        cmp     rdx, 12
        je      .code
        cmp     byte [rax + 12], ' '
        jne     .garbled
.code:
        lea     rdi, [rax + 9]
        mov     esi, 3
        call    parse_dec
        test    edx, edx
        jz      .garbled
        cmp     eax, 100
        jb      .garbled
        mov     rbx, rax
        mov     [resp_status], rax
.lines:
        mov     edi, 1
        call    rd_line
        test    rax, rax
        jz      .cut
        test    rdx, rdx
        jz      .done
        mov     rdi, rax
        mov     rsi, rdx
        call    header
        jmp     .lines
.cut:
        mov     qword [head_cut], 1
.done:
        mov     eax, ebx
        jmp     .out
.garbled:
        mov     eax, -1
.out:
        pop     rbx
        ret

; sink(rdi src, rsi n): stores what fits of n body bytes, counts them all.
sink:
        add     [sk_total], rsi
        mov     rdx, [sk_cap]
        sub     rdx, [sk_len]
        cmp     rsi, rdx
        cmovb   rdx, rsi
        mov     rcx, rdx
        mov     rax, rdi
        mov     rdi, [sk_dst]
        add     rdi, [sk_len]
        add     [sk_len], rdx
        mov     rsi, rax
        rep movsb
        ret

; body_bytes(rdi n) -> eax 0 when n body bytes went to the sink, 1 when the
; connection ended first. Large runs are read straight into the sink.
; Registers: rbx bytes left.
body_bytes:
        push    rbx
        mov     rbx, rdi
.loop:
        test    rbx, rbx
        jz      .ok
        mov     rsi, [ibend]
        sub     rsi, [ipos]
        jz      .empty
        cmp     rsi, rbx
        cmova   rsi, rbx
        sub     rbx, rsi
        lea     rdi, [ibuf]
        add     rdi, [ipos]
        add     [ipos], rsi
        call    sink
        jmp     .loop
.empty:
        cmp     rbx, 4096
        jb      .fill
        mov     rdx, [sk_cap]
        sub     rdx, [sk_len]
        cmp     rdx, rbx
        jb      .fill
.direct:
        mov     eax, SYS_read
        mov     rdi, [sock]
        mov     rsi, [sk_dst]
        add     rsi, [sk_len]
        mov     rdx, rbx
        syscall
        cmp     rax, -EINTR
        je      .direct
        test    rax, rax
        jle     .cut
        add     [sk_len], rax
        add     [sk_total], rax
        add     [rx_total], rax
        sub     rbx, rax
        jmp     .loop
.fill:
        call    rd_fill
        test    rax, rax
        jg      .loop
.cut:
        mov     eax, 1
        pop     rbx
        ret
.ok:
        xor     eax, eax
        pop     rbx
        ret

; parse_hex_size(rdi p, rsi n) -> rax size, edx 1 | 0. The chunk-size line:
; hex digits, then optional blanks and a ;extension. Up to 15 digits.
parse_hex_size:
        xor     eax, eax
        xor     ecx, ecx
.loop:
        cmp     rcx, rsi
        je      .end
        movzx   r8d, byte [rdi + rcx]
        cmp     r8b, ';'
        je      .end
        cmp     r8b, ' '
        je      .blank
        cmp     r8b, 9
        je      .blank
        lea     r9d, [r8 - '0']
        cmp     r9d, 9
        jbe     .digit
        or      r8d, 0x20
        lea     r9d, [r8 - 'a']
        cmp     r9d, 5
        ja      .bad
        add     r9d, 10
.digit:
        cmp     rcx, 15
        jae     .bad
        shl     rax, 4
        or      rax, r9
        inc     rcx
        jmp     .loop
.blank:                                 ; only blanks, then ; or the end, may follow
        test    rcx, rcx
        jz      .bad
        mov     r10, rcx
.bl:    inc     r10
        cmp     r10, rsi
        je      .end
        mov     r8b, [rdi + r10]
        cmp     r8b, ';'
        je      .end
        cmp     r8b, ' '
        je      .bl
        cmp     r8b, 9
        je      .bl
        jmp     .bad
.end:
        test    rcx, rcx
        jz      .bad
        mov     edx, 1
        ret
.bad:
        xor     edx, edx
        ret

; body_read() -> eax 0 complete, 1 cut, 2 framing the runtime can't read,
; 3 over sk_limit (reading stopped). Registers: rbx chunk size.
body_read:
        push    rbx
        cmp     qword [resp_bad], 0
        jne     .framing
        cmp     qword [resp_chunked], 0
        jne     .chunked
        mov     rbx, [resp_clen]
        test    rbx, rbx
        js      .noframe
        cmp     rbx, [sk_limit]
        ja      .over
        mov     rdi, rbx
        call    body_bytes
        jmp     .out
.noframe:                               ; no body for 1xx, 204, 304
        mov     rax, [resp_status]
        cmp     rax, 200
        jb      .done
        cmp     rax, 204
        je      .done
        cmp     rax, 304
        je      .done
        mov     qword [resp_close], 1   ; the body ends with the connection
.toclose:
        mov     rsi, [ibend]
        sub     rsi, [ipos]
        jz      .fill
        lea     rdi, [ibuf]
        add     rdi, [ipos]
        add     [ipos], rsi
        call    sink
        mov     rax, [sk_total]
        cmp     rax, [sk_limit]
        ja      .over
.fill:
        call    rd_fill
        test    rax, rax
        jg      .toclose
        jz      .done
        mov     eax, 1                  ; a read error: the end is unknown
        jmp     .out
.chunked:
        xor     edi, edi
        call    rd_line
        test    rax, rax
        jz      .linefail
        mov     rdi, rax
        mov     rsi, rdx
        call    parse_hex_size
        test    edx, edx
        jz      .framing
        test    rax, rax
        jz      .trailers
        mov     rbx, rax
        add     rax, [sk_total]
        cmp     rax, [sk_limit]
        ja      .over
        mov     rdi, rbx
        call    body_bytes
        test    eax, eax
        jnz     .cutret
        xor     edi, edi
        call    rd_line                 ; the CRLF after the chunk's data
        test    rax, rax
        jz      .linefail
        test    rdx, rdx
        jnz     .framing
        jmp     .chunked
.trailers:
        xor     edi, edi
        call    rd_line
        test    rax, rax
        jz      .linefail
        test    rdx, rdx
        jnz     .trailers
.done:
        xor     eax, eax
        jmp     .out
.linefail:
        cmp     edx, 2
        je      .framing
.cutret:
        mov     eax, 1
        jmp     .out
.framing:
        mov     eax, 2
        jmp     .out
.over:
        mov     eax, 3
.out:
        pop     rbx
        ret

; sink_discard(): the sink keeps the first REPLY_CAP bytes, for the log.
sink_discard:
        lea     rax, [replybuf]
        mov     [sk_dst], rax
        mov     qword [sk_cap], REPLY_CAP
        mov     qword [sk_len], 0
        mov     qword [sk_total], 0
        mov     qword [sk_limit], DISCARD_MAX
        mov     qword [reply_sb + SB_len], 0
        ret

; finish_discard(): reads and drops the answer's body; closes the connection
; unless the body ended cleanly on a connection that stays open.
finish_discard:
        sub     rsp, 8
        call    sink_discard
        cmp     qword [head_cut], 0
        jne     .close
        call    body_read
        mov     rcx, [sk_len]
        mov     [reply_sb + SB_len], rcx
        test    eax, eax
        jnz     .close
        cmp     qword [resp_close], 0
        jne     .close
        mov     qword [conn_reused], 1
        add     rsp, 8
        ret
.close:
        call    conn_close
        add     rsp, 8
        ret

; next_event() -> eax: the /next status (200: ev_ptr/ev_len, hv, cut_kind set),
; 0 when no answer came (no connection, or it broke before answering, after
; one retry on a fresh connection), -1 for an answer that is not HTTP.
; Registers: rbx attempt, r12 reused flag.
next_event:
        push    rbx
        push    r12
        sub     rsp, 8
        xor     ebx, ebx
        mov     qword [ev_len], 0
        mov     qword [cut_kind], CUT_NONE
.try:
        call    conn_ensure
        test    eax, eax
        jnz     .noanswer
        mov     r12, [conn_reused]
        lea     rdi, [get_req]
        mov     rsi, [get_req_len]
        call    send_all
        test    rax, rax
        jnz     .dead
        mov     qword [want_hv], 1
        call    read_head
        test    eax, eax
        jz      .dead
        js      .garbled
        cmp     eax, 200
        jne     .other
        mov     rax, [ev_ptr]
        mov     [sk_dst], rax
        mov     qword [sk_cap], MAX_EVENT
        mov     qword [sk_limit], MAX_EVENT
        xor     eax, eax
        mov     [sk_len], rax
        mov     [sk_total], rax
        cmp     qword [head_cut], 0
        jne     .headcut
        call    body_read
        mov     rcx, [sk_len]
        mov     [ev_len], rcx
        mov     rdx, [ev_ptr]
        mov     byte [rdx + rcx], 0
        cmp     rcx, [ev_hiwater]
        jbe     .hw
        mov     [ev_hiwater], rcx
.hw:
        mov     rcx, [sk_total]
        mov     [cut_got], rcx
        test    eax, eax
        jz      .whole
        mov     ecx, CUT_CHUNKED
        cmp     qword [resp_clen], 0
        jl      .kind
        mov     ecx, CUT_LENGTH
.kind:
        cmp     eax, 2
        jne     .k3
        mov     ecx, CUT_FRAMING
.k3:
        cmp     eax, 3
        jne     .setcut
        mov     ecx, CUT_TOO_LARGE
.setcut:
        mov     [cut_kind], rcx
        call    conn_close
        jmp     .ok200
.whole:
        cmp     qword [resp_close], 0
        je      .keep
        call    conn_close
        jmp     .ok200
.keep:
        mov     qword [conn_reused], 1
.ok200:
        mov     eax, 200
        jmp     .out
.headcut:
        mov     qword [cut_kind], CUT_HEADERS
        mov     qword [cut_got], 0
        call    conn_close
        jmp     .ok200
.other:
        call    finish_discard
        mov     rax, [resp_status]
        jmp     .out
.dead:                                  ; a kept-alive connection may have died
        call    conn_close
        test    r12, r12
        jz      .noanswer
        test    ebx, ebx
        jnz     .noanswer
        inc     ebx
        jmp     .try
.noanswer:
        xor     eax, eax
        jmp     .out
.garbled:
        call    conn_close
        mov     eax, -1
.out:
        add     rsp, 8
        pop     r12
        pop     rbx
        ret

; http_post(rdi path after the base, rsi its length, rdx body, rcx body length,
; r8 error type or 0, r9 its length) -> eax the answer's status, 0 when none
; came. The answer's body start is kept in reply_sb. Registers: rbx path,
; r12 plen, r13 body, r14 blen, r15 error type, [rsp] its length, [rsp+8] attempt.
http_post:
        push    rbx
        push    r12
        push    r13
        push    r14
        push    r15
        sub     rsp, 32
        mov     rbx, rdi
        mov     r12, rsi
        mov     r13, rdx
        mov     r14, rcx
        mov     r15, r8
        mov     [rsp], r9
        mov     qword [rsp + 8], 0
.try:
        call    conn_ensure
        test    eax, eax
        jnz     .none
        mov     rax, [conn_reused]
        mov     [rsp + 16], rax
        lea     rdi, [send_sb]
        call    sb_reset
        SBLIT   send_sb, "POST "
        lea     rdi, [send_sb]
        lea     rsi, [base]
        mov     edx, base_len
        call    sb_add
        lea     rdi, [send_sb]
        mov     rsi, rbx
        mov     rdx, r12
        call    sb_add
        SBLIT   send_sb, {" HTTP/1.1", 13, 10, "Host: "}
        lea     rdi, [send_sb]
        lea     rsi, [api_host]
        mov     rdx, [api_host_len]
        call    sb_add
        SBLIT   send_sb, {13, 10, "Content-Type: application/json", 13, 10, "Content-Length: "}
        lea     rdi, [send_sb]
        mov     rsi, r14
        call    sb_num
        SBLIT   send_sb, {13, 10}
        test    r15, r15
        jz      .endhead
        SBLIT   send_sb, "Lambda-Runtime-Function-Error-Type: "
        mov     qword [send_sb + SB_san], 1     ; no CR/LF from a handler's type
        lea     rdi, [send_sb]
        mov     rsi, r15
        mov     rdx, [rsp]
        cmp     rdx, 256
        jbe     .tl
        mov     edx, 256
.tl:    call    sb_add
        mov     qword [send_sb + SB_san], 0
        SBLIT   send_sb, {13, 10}
.endhead:
        SBLIT   send_sb, {13, 10}
        mov     rax, [send_sb + SB_len]
        lea     rcx, [rax + r14]
        cmp     rcx, SBUF_CAP
        ja      .twice
        lea     rdi, [sbuf + rax]
        mov     rsi, r13
        mov     rdx, r14
        call    mem_copy
        lea     rdi, [sbuf]
        mov     rsi, [send_sb + SB_len]
        add     rsi, r14
        call    send_all
        test    rax, rax
        jnz     .dead
        jmp     .answer
.twice:
        lea     rdi, [sbuf]
        mov     rsi, [send_sb + SB_len]
        call    send_all
        test    rax, rax
        jnz     .dead
        mov     rdi, r13
        mov     rsi, r14
        call    send_all
        test    rax, rax
        jnz     .dead
.answer:
        mov     qword [want_hv], 0
        call    read_head
        test    eax, eax
        jz      .dead
        js      .garbled
        call    finish_discard
        mov     rax, [resp_status]
        jmp     .out
.dead:
        call    conn_close
        cmp     qword [rsp + 16], 0
        je      .none
        cmp     qword [rsp + 8], 0
        jne     .none
        mov     qword [rsp + 8], 1
        jmp     .try
.garbled:
        call    conn_close
.none:
        xor     eax, eax
.out:
        add     rsp, 32
        pop     r15
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        ret

; ---- request ids and paths ---------------------------------------------------------

; request_id_valid() -> eax 1 when hv[HV_ID] matches ^[A-Za-z0-9._:-]+$, is
; at most ID_MAX bytes and is not "." or "..".
request_id_valid:
        mov     rdi, [hv + 16*HV_ID]
        mov     rsi, [hv + 16*HV_ID + 8]
        test    rsi, rsi
        jz      .no
        cmp     rsi, ID_MAX
        ja      .no
        xor     ecx, ecx
        xor     edx, edx                ; count of dots
.loop:
        cmp     rcx, rsi
        je      .chars_ok
        movzx   eax, byte [rdi + rcx]
        inc     rcx
        cmp     al, '.'
        jne     .notdot
        inc     edx
        jmp     .loop
.notdot:
        cmp     al, '-'
        je      .loop
        cmp     al, '_'
        je      .loop
        cmp     al, ':'
        je      .loop
        lea     r8d, [rax - '0']
        cmp     r8d, 9
        jbe     .loop
        or      eax, 0x20
        lea     r8d, [rax - 'a']
        cmp     r8d, 25
        jbe     .loop
.no:
        xor     eax, eax
        ret
.chars_ok:
        cmp     rdx, rsi                ; all dots: "." or ".." (or more)
        jne     .yes
        cmp     rsi, 2
        jbe     .no
.yes:
        mov     eax, 1
        ret

; invocation_path(edi 0 response | 1 error) -> rax path, rdx length:
; /invocation/<id>/response or /error. The id must be valid.
invocation_path:
        push    rbx
        mov     ebx, edi
        lea     rdi, [pathbuf]
        lea     rsi, [s_invocation]
        mov     edx, s_invocation_len
        call    mem_copy
        mov     rdi, rax
        mov     rsi, [hv + 16*HV_ID]
        mov     rdx, [hv + 16*HV_ID + 8]
        call    mem_copy
        mov     rdi, rax
        lea     rsi, [s_response]
        mov     edx, s_response_len
        test    ebx, ebx
        jz      .c
        lea     rsi, [s_error]
        mov     edx, s_error_len
.c:     call    mem_copy
        mov     rdx, rax
        lea     rax, [pathbuf]
        sub     rdx, rax
        pop     rbx
        ret

init_error_path:
        lea     rax, [s_init_error]
        mov     edx, s_init_error_len
        ret

; cut_message(): msgsb = why the current event can't be used (cut_kind != 0).
cut_message:
        sub     rsp, 8
        lea     rdi, [msgsb]
        call    sb_reset
        mov     rax, [cut_kind]
        cmp     eax, CUT_HEADERS
        je      .headers
        cmp     eax, CUT_LENGTH
        je      .length
        cmp     eax, CUT_TOO_LARGE
        je      .large
        cmp     eax, CUT_FRAMING
        je      .framing
        SBLIT   msgsb, "the event arrived cut short: the connection broke after "
        lea     rdi, [msgsb]
        mov     rsi, [cut_got]
        call    sb_num
        SBLIT   msgsb, " bytes of its chunked body"
        jmp     .out
.headers:
        SBLIT   msgsb, "the event arrived cut short: the connection broke in the headers of the /next answer"
        jmp     .out
.length:
        SBLIT   msgsb, "the event arrived cut short: "
        lea     rdi, [msgsb]
        mov     rsi, [cut_got]
        call    sb_num
        SBLIT   msgsb, " of the "
        lea     rdi, [msgsb]
        mov     rsi, [resp_clen]
        call    sb_num
        SBLIT   msgsb, " bytes its Content-Length announced"
        jmp     .out
.large:
        SBLIT   msgsb, "the event is larger than the "
        lea     rdi, [msgsb]
        mov     esi, MAX_EVENT
        call    sb_num
        SBLIT   msgsb, " bytes the runtime reads"
        jmp     .out
.framing:
        SBLIT   msgsb, "the /next answer's body framing could not be read (Content-Length, Transfer-Encoding or a chunk size)"
.out:
        add     rsp, 8
        ret

; release_buffers(): after an event over KEEP_PAGES bytes, returns the event
; buffer's pages past KEEP_PAGES to the kernel (they come back zeroed if needed).
release_buffers:
        mov     rsi, [ev_hiwater]
        cmp     rsi, KEEP_PAGES
        jbe     .out
        mov     eax, SYS_madvise
        mov     rdi, [ev_ptr]
        add     rdi, KEEP_PAGES
        mov     esi, MAX_EVENT + PAGE - KEEP_PAGES
        and     esi, ~(PAGE - 1)
        mov     edx, MADV_DONTNEED
        syscall
        mov     qword [ev_hiwater], KEEP_PAGES
.out:
        ret
