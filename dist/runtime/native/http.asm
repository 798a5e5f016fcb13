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
; Pipelining: an invocation's answer (POST /response or /error) carries the
; next GET /next in the same write while `pipelining` is 1, so the runtime waits
; on one round trip per event, not two. The Runtime API (Go's net/http, and
; RuntimeApiServer) answers requests on a connection in order, so the POST's
; answer comes first and is read as before; nothing else is posted on that
; connection before the event arrives (a 413 is only logged: after it the API
; answers /error with 403 anyway). next_sent says the GET is on its way on the
; open connection; conn_close clears it, so a lost GET is sent again. The
; function's environment variable NASM_LAMBDA_PIPELINING=off turns it off, for
; a Runtime API proxy (an extension's) that drops pipelined requests.
;
; Invariants: 0 <= ipos <= ibend <= IBUF_CAP; bytes ibuf[ipos, ibend) are
; received and not yet consumed. sk_len <= sk_cap; sk_total counts every body
; byte seen, stored or not. Header values are copied, NUL-terminated, into the
; arena, whose size bounds them (each is shorter than its header line).
;
; Register use: System V; every function preserves rbx, rbp, r12-r15.

%include "runtime.inc"

%define IBUF_CAP    65536
%define SBUF_CAP    65536
%define ARENA_CAP   (MAX_HEADER_BYTES + 64)
%define REPLY_CAP   300
%define DISCARD_MAX (1024 * 1024)    ; an error answer's body longer than this: close
%define FULL        -1000            ; rd_fill: ibuf holds a line longer than IBUF_CAP
%define ID_MAX      256              ; longest request id the runtime accepts

section .data
align 8
sock:           dq -1                   ; -1: closed; then ipos = ibend = lscan = conn_reused = next_sent = 0
reply_sb:       dq replybuf, 0, REPLY_CAP, 1
send_sb:        dq sbuf, 0, SBUF_CAP, 0
path_sb:        dq pathbuf, 0, 512, 0
get_sb:         dq get_req, 0, 192, 0   ; the GET /next request, made once
%define get_req_len (get_sb + SB_len)
empty:          dq 0
api_host_str:   dq api_host             ; with api_host_len: the (pointer, length) pair V_HOST shows
api_host_len:   dq 0
post_path:      dq 0, 0                 ; http_post's path, for V_PATH

FVAR V_HOST, K_STR, api_host_str
FVAR V_PATH, K_STR, post_path
FVAR V_CUT_GOT, K_NUM, cut_got
FVAR V_CLEN, K_NUM, resp_clen

section .rodata
s_init_error:   db "/init/error"
s_init_error_len equ $ - s_init_error
s_localhost:    db "localhost"
s_chunked:      db "chunked"
s_close:        db "close"
k_pipelining:   db "NASM_LAMBDA_PIPELINING", 0
s_off:          db "off", 0                     ; with its NUL: compared as 4 bytes

; Headers the runtime reads: a length byte, the action, the name (lower case).
; Actions 0-5 store the value in hv[action]; 6 Content-Length,
; 7 Transfer-Encoding, 8 Connection.
%macro HDR 2
%strlen %%n %1
        db %%n, %2, %1
%endmacro
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

; The bytes a request id may hold, as a 256-bit map: A-Z a-z 0-9 . _ : -
align 4
id_chars:
%assign c 0
%rep 8
%assign w 0
%rep 32
%if (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '_' || c == ':' || c == '-'
%assign w w | (1 << (c % 32))
%endif
%assign c c + 1
%endrep
        dd      w
%endrep

section .data                           ; small variables: addressed from rbp (runtime.inc, VB)
align 8
api_sa:          dw AF_INET, 0, 0, 0, 0, 0, 0, 0   ; struct sockaddr_in: port, address set by api_init
conn_reused:     times 1 dq 0                  ; 1 once the connection answered a request
next_sent:       times 1 dq 0                  ; 1: a GET /next went out behind the last POST
pipelining:      times 1 dq 1                  ; 1: http_post adds a GET /next (0: turned off, or init_error)
ipos:            times 1 dq 0
ibend:           times 1 dq 0
lscan:           times 1 dq 0                  ; bytes after ipos already searched for \n
rx_total:        times 1 dq 0                  ; bytes received for the current answer
hdr_total:       times 1 dq 0
arena_used:      times 1 dq 0
hv:              times 2 * HV_COUNT dq 0
deadline_ms:     times 1 dq 0
resp_clen:       times 1 dq 0                  ; -1: no Content-Length
resp_chunked:    times 1 dq 0
resp_close:      times 1 dq 0                  ; the server will close, or HTTP/1.0
resp_bad:        times 1 dq 0                  ; framing headers the runtime can't trust
resp_status:     times 1 dq 0
head_cut:        times 1 dq 0
want_hv:         times 1 dq 0                  ; 1: this answer is /next's, its headers fill hv
ev_ptr:          times 1 dq 0
ev_len:          times 1 dq 0
ev_hiwater:      times 1 dq 0
cut_kind:        times 1 dq 0
cut_got:         times 1 dq 0
sk_dst:          times 1 dq 0                  ; the sink bodies go to
sk_cap:          times 1 dq 0
sk_len:          times 1 dq 0
sk_total:        times 1 dq 0
sk_limit:        times 1 dq 0

section .bss
alignb 16
api_host:       resb 64                 ; "host:port" as given, for Host:
get_req:        resb 192
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
; Sets api_sa, api_host, get_req, maps the event buffer and reads
; NASM_LAMBDA_PIPELINING (off, in any case: no pipelining). On a value that is
; not host:port (IPv4 literal or localhost, port 1-65535) it logs one line and
; exits 1. Registers: rbx value, r12 length, r13 colon index.
api_init:
        push    rbx
        push    r12
        push    r13
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
        lea     ecx, [rax - 1]
        cmp     ecx, 65535 - 1
        ja      .bad
        xchg    al, ah                  ; network byte order
        mov     [rbp + api_sa - VB + 2], ax
        ; the host
        cmp     r13, 9
        jne     .ip
        mov     rdi, rbx
        mov     esi, s_localhost
        mov     edx, 9
        call    mem_ieq
        test    eax, eax
        mov     eax, 0x0100007f         ; 127.0.0.1
        jnz     .addr
.ip:
        mov     rdi, rbx
        mov     rsi, r13
        call    parse_octets
        test    edx, edx
        jz      .bad
.addr:
        mov     [rbp + api_sa - VB + 4], eax
        mov     edi, api_host
        mov     rsi, rbx
        mov     rdx, r12
        call    mem_copy
        mov     [rbp + api_host_len - VB], r12
        SBLIT   get_sb, "GET /2018-06-01/runtime/invocation/next HTTP/1.1", 13, 10, "Host: ", V_HOST, 13, 10, 13, 10
        mov     rdi, MAX_EVENT + PAGE
        call    map_anon
        mov     [rbp + ev_ptr - VB], rax
        mov     edi, k_pipelining
        call    env_get
        test    rax, rax
        jz      .done
        mov     rdi, rax
        mov     esi, s_off
        mov     edx, 4                  ; (mem_ieq stops at the first byte that differs)
        call    mem_ieq
        xor     eax, 1
        mov     [rbp + pipelining - VB], rax
.done:
        pop     r13
        pop     r12
        pop     rbx
        ret
.unset:
        LOG     "AWS_LAMBDA_RUNTIME_API is not set: this file is meant to be started by AWS Lambda"
        call    fatal
.bad:                                   ; V_HOST shows (up to 200 bytes of) the value
        mov     [rbp + api_host_str - VB], rbx
        cmp     r12, 200
        jbe     .short
        mov     r12d, 200
.short:
        mov     [rbp + api_host_len - VB], r12
        LOG     "AWS_LAMBDA_RUNTIME_API is '", V_HOST, "', which is not host:port with an IPv4 address or localhost as the host; exiting"
        call    fatal

; ---- connection ------------------------------------------------------------------

; conn_close(): closes the connection, if open.
conn_close:
        mov     rdi, [rbp + sock - VB]
        test    rdi, rdi
        js      .out
        mov     qword [rbp + sock - VB], -1
        mov     qword [rbp + conn_reused - VB], 0
        mov     qword [rbp + next_sent - VB], 0
        mov     qword [rbp + ipos - VB], 0
        mov     qword [rbp + ibend - VB], 0
        mov     qword [rbp + lscan - VB], 0
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
        mov     esi, api_sa
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
        neg     eax                     ; the pending error, as -errno
        movsxd  rax, eax
        jnz     .fail
.connected:                             ; conn_close left ipos, ibend, lscan, conn_reused, next_sent 0
        mov     [rbp + sock - VB], rbx
        xor     eax, eax
        jmp     .out
.fail:
        xchg    rax, rbx                ; keep -errno
        mov     edi, eax
        mov     eax, SYS_close
        syscall
        mov     rax, rbx
.out:
        add     rsp, 16
        pop     rbx
        ret

; conn_ensure() -> eax 0 when a connection is open; else tries 3 times, 100 ms
; apart, and returns the last -errno. Registers: rbx attempts.
conn_ensure:
        push    rbx
        xor     eax, eax
        cmp     qword [rbp + sock - VB], 0
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
        call    sleep_100ms
        pop     rax
        jmp     .try
.out:
        pop     rbx
        ret

; send_all(rdi buf, rsi len) -> rax 0 | -errno, on the connection.
send_all:
        mov     rdx, rsi
        mov     rsi, rdi
        mov     edi, [rbp + sock - VB]
        jmp     send_all_fd

; ---- reading -----------------------------------------------------------------------

; rd_fill() -> rax bytes read (> 0), 0 at EOF, -errno, or FULL when ibuf holds
; IBUF_CAP unconsumed bytes. Moves the unconsumed bytes to the front first.
rd_fill:
        mov     rax, [rbp + ipos - VB]
        mov     rcx, [rbp + ibend - VB]
        cmp     rax, rcx
        jne     .keep
        xor     eax, eax
        mov     [rbp + ipos - VB], rax
        mov     [rbp + ibend - VB], rax
        jmp     .read
.keep:
        cmp     rcx, IBUF_CAP
        jne     .read
        test    rax, rax
        jnz     .move
        mov     rax, FULL
        ret
.move:
        mov     edi, ibuf
        lea     rsi, [ibuf + rax]
        sub     rcx, rax
        mov     [rbp + ibend - VB], rcx
        mov     qword [rbp + ipos - VB], 0
        rep movsb                       ; dst < src: forward copy is safe
.read:
        mov     eax, SYS_read
        mov     rdi, [rbp + sock - VB]
        mov     esi, ibuf
        add     rsi, [rbp + ibend - VB]
        mov     edx, IBUF_CAP
        sub     rdx, [rbp + ibend - VB]
        syscall
        cmp     rax, -EINTR
        je      .read
        test    rax, rax
        jle     .out
        add     [rbp + ibend - VB], rax
        add     [rbp + rx_total - VB], rax
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
        mov     edi, ibuf
        add     rdi, [rbp + ipos - VB]
        mov     rsi, [rbp + ibend - VB]
        sub     rsi, [rbp + ipos - VB]
        mov     rax, [rbp + lscan - VB]
        add     rdi, rax
        sub     rsi, rax
        mov     edx, 10
        call    mem_chr
        test    rax, rax
        jnz     .found
        mov     rax, [rbp + ibend - VB]
        sub     rax, [rbp + ipos - VB]
        mov     [rbp + lscan - VB], rax            ; all of it searched
        test    ebx, ebx
        jz      .fill
        mov     rcx, [rbp + hdr_total - VB]
        add     rcx, rax
        cmp     rcx, MAX_HEADER_BYTES
        ja      .toolong
.fill:
        call    rd_fill
        cmp     rax, FULL
        je      .toolong
        test    rax, rax
        jg      .scan
        mov     edx, 1                  ; EOF or a read error
        jmp     .none
.toolong:
        mov     edx, 2
.none:
        xor     eax, eax
        pop     rbx
        ret
.found:
        mov     edx, ibuf
        add     rdx, [rbp + ipos - VB]             ; line start
        mov     rcx, rax
        sub     rcx, rdx                ; length before LF
        lea     r8, [rcx + 1]
        add     [rbp + ipos - VB], r8
        mov     qword [rbp + lscan - VB], 0
        test    ebx, ebx
        jz      .nocount
        add     [rbp + hdr_total - VB], r8
        cmp     qword [rbp + hdr_total - VB], MAX_HEADER_BYTES
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
        mov     r13d, hdr_table
.find:
        cmp     r13, hdr_table_end
        jae     .out
        movzx   eax, byte [r13]
        cmp     rax, r12
        jne     .next
        mov     rdi, rbx
        lea     rsi, [r13 + 2]
        mov     rdx, r12
        call    mem_ieq
        test    eax, eax
        jnz     .act
.next:
        movzx   eax, byte [r13]
        lea     r13, [r13 + rax + 2]
        jmp     .find
.act:
        movzx   eax, byte [r13 + 1]
        cmp     eax, 6
        jae     .framing_hdr
        cmp     qword [rbp + want_hv - VB], 0      ; a POST's answer must not touch the event's values
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
        mov     edi, arena
        add     rdi, [rbp + arena_used - VB]
        lea     rax, [r15 + 1]
        add     rax, [rbp + arena_used - VB]
        cmp     rax, ARENA_CAP
        ja      .out                    ; cannot happen; never overflow regardless
        mov     [rbp + arena_used - VB], rax
        mov     eax, hv
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
.dl:    mov     [rbp + deadline_ms - VB], rax
        jmp     .out
.clen:
        mov     rdi, r14
        mov     rsi, r15
        call    parse_dec
        test    edx, edx
        jz      .bad
        mov     rcx, [rbp + resp_clen - VB]
        test    rcx, rcx
        js      .setlen
        cmp     rcx, rax                ; two different lengths: can't trust either
        jne     .bad
.setlen:
        mov     [rbp + resp_clen - VB], rax
        jmp     .out
.te:
        mov     esi, s_chunked
        mov     edx, 7
        call    .is
        jz      .bad
        mov     qword [rbp + resp_chunked - VB], 1
        jmp     .out
.conn:
        mov     esi, s_close
        mov     edx, 5
        call    .is
        jz      .out
        mov     qword [rbp + resp_close - VB], 1
        jmp     .out
.is:                                    ; (rsi word, edx its length) -> ZF 0 when the value is it
        xor     eax, eax
        cmp     r15, rdx
        jne     .isnt
        mov     rdi, r14
        call    mem_ieq
.isnt:  test    eax, eax
        ret
.bad:
        mov     qword [rbp + resp_bad - VB], 1
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
        mov     rax, [rbp + ibend - VB]
        sub     rax, [rbp + ipos - VB]
        mov     [rbp + rx_total - VB], rax
        xor     eax, eax
        mov     [rbp + hdr_total - VB], rax
        lea     rdi, [rbp + resp_chunked - VB]  ; resp_chunked .. head_cut = 0
        mov     ecx, (head_cut + 8 - resp_chunked) / 8
        rep stosq
        mov     qword [rbp + resp_clen - VB], -1
        cmp     qword [rbp + want_hv - VB], 0
        je      .cleared
        mov     [rbp + arena_used - VB], rax
        mov     [rbp + deadline_ms - VB], rax
        mov     ecx, empty
        mov     edx, hv
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
        cmp     qword [rbp + rx_total - VB], 0
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
        mov     qword [rbp + resp_close - VB], 1   ; HTTP/1.0: no keep-alive
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
        mov     [rbp + resp_status - VB], rax
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
        mov     qword [rbp + head_cut - VB], 1
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
        add     [rbp + sk_total - VB], rsi
        mov     rdx, [rbp + sk_cap - VB]
        sub     rdx, [rbp + sk_len - VB]
        cmp     rsi, rdx
        cmovb   rdx, rsi
        mov     rcx, rdx
        mov     rax, rdi
        mov     rdi, [rbp + sk_dst - VB]
        add     rdi, [rbp + sk_len - VB]
        add     [rbp + sk_len - VB], rdx
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
        mov     rsi, [rbp + ibend - VB]
        sub     rsi, [rbp + ipos - VB]
        jz      .empty
        cmp     rsi, rbx
        cmova   rsi, rbx
        sub     rbx, rsi
        mov     edi, ibuf
        add     rdi, [rbp + ipos - VB]
        add     [rbp + ipos - VB], rsi
        call    sink
        jmp     .loop
.empty:
        cmp     rbx, 4096
        jb      .fill
        mov     rdx, [rbp + sk_cap - VB]
        sub     rdx, [rbp + sk_len - VB]
        cmp     rdx, rbx
        jb      .fill
.direct:
        mov     eax, SYS_read
        mov     rdi, [rbp + sock - VB]
        mov     rsi, [rbp + sk_dst - VB]
        add     rsi, [rbp + sk_len - VB]
        mov     rdx, rbx
        syscall
        cmp     rax, -EINTR
        je      .direct
        test    rax, rax
        jle     .cut
        add     [rbp + sk_len - VB], rax
        add     [rbp + sk_total - VB], rax
        add     [rbp + rx_total - VB], rax
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
        cmp     qword [rbp + resp_bad - VB], 0
        jne     .framing
        cmp     qword [rbp + resp_chunked - VB], 0
        jne     .chunked
        mov     rbx, [rbp + resp_clen - VB]
        test    rbx, rbx
        js      .noframe
        cmp     rbx, [rbp + sk_limit - VB]
        ja      .over
        mov     rdi, rbx
        call    body_bytes
        jmp     .out
.noframe:                               ; no body for 1xx, 204, 304
        mov     rax, [rbp + resp_status - VB]
        cmp     rax, 200
        jb      .done
        cmp     rax, 204
        je      .done
        cmp     rax, 304
        je      .done
        mov     qword [rbp + resp_close - VB], 1   ; the body ends with the connection
.toclose:
        mov     rsi, [rbp + ibend - VB]
        sub     rsi, [rbp + ipos - VB]
        jz      .fill
        mov     edi, ibuf
        add     rdi, [rbp + ipos - VB]
        add     [rbp + ipos - VB], rsi
        call    sink
        mov     rax, [rbp + sk_total - VB]
        cmp     rax, [rbp + sk_limit - VB]
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
        add     rax, [rbp + sk_total - VB]
        cmp     rax, [rbp + sk_limit - VB]
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

; sink_to(rdi dst, rsi cap, rdx limit): where the next body goes: up to cap
; bytes are stored at dst, reading stops past limit bytes.
sink_to:
        mov     [rbp + sk_dst - VB], rdi
        mov     [rbp + sk_cap - VB], rsi
        mov     [rbp + sk_limit - VB], rdx
        xor     eax, eax
        mov     [rbp + sk_len - VB], rax
        mov     [rbp + sk_total - VB], rax
        ret

; read_body() -> eax what body_read gave (1 when the headers broke off: no
; body read). The connection is kept (conn_reused 1) only when the body
; ended cleanly and the server keeps it open; else it is closed.
; Registers: ebx the result.
read_body:
        push    rbx
        mov     ebx, 1
        cmp     qword [rbp + head_cut - VB], 0
        jne     .close
        call    body_read
        mov     ebx, eax
        test    eax, eax
        jnz     .close
        cmp     qword [rbp + resp_close - VB], 0
        jne     .close
        mov     qword [rbp + conn_reused - VB], 1
        jmp     .out
.close:
        call    conn_close
.out:
        mov     eax, ebx
        pop     rbx
        ret

; finish_discard(): reads and drops the answer's body, keeping its first
; REPLY_CAP bytes in reply_sb for the log (see read_body for the connection).
finish_discard:
        sub     rsp, 8
        mov     edi, replybuf
        mov     esi, REPLY_CAP
        mov     edx, DISCARD_MAX
        call    sink_to
        call    read_body
        mov     rcx, [rbp + sk_len - VB]
        mov     [rbp + reply_sb - VB + SB_len], rcx
        add     rsp, 8
        ret

; exchange(rdi head, rsi hlen, rdx body, rcx blen (0: none), r8 want_hv,
; r9 1: the request went out already, behind the last POST)
; -> eax what read_head gave: the status (> 0) or -1 for an answer that is not
; HTTP (the connection is then closed); 0 when no answer came: no connection,
; or it broke before answering, after one retry on a fresh connection when the
; kept-alive one was found dead (the retry sends the request). Registers: rbx
; head, r12 hlen, r13 body, r14 blen, r15d bit 0: the connection had answered
; before, bit 1: retrying, bit 2: already sent.
exchange:
        push    rbx
        push    r12
        push    r13
        push    r14
        push    r15
        mov     rbx, rdi
        mov     r12, rsi
        mov     r13, rdx
        mov     r14, rcx
        mov     [rbp + want_hv - VB], r8
        lea     r15d, [r9 * 4]
.try:
        call    conn_ensure
        test    eax, eax
        jnz     .none
        or      r15d, [rbp + conn_reused - VB]
        btr     r15d, 2                 ; sent already: only on the kept-alive one
        jnc     .send
        test    r15d, 1
        jnz     .sent
.send:
        mov     rdi, rbx
        mov     rsi, r12
        call    send_all
        test    rax, rax
        jnz     .dead
        test    r14, r14
        jz      .sent
        mov     rdi, r13
        mov     rsi, r14
        call    send_all
        test    rax, rax
        jnz     .dead
.sent:
        call    read_head
        test    eax, eax
        jg      .out
        jz      .dead
        call    conn_close              ; not HTTP
        or      eax, -1
        jmp     .out
.dead:                                  ; a kept-alive connection may have died
        call    conn_close
        cmp     r15d, 1                 ; it had answered before; first try
        jne     .none
        mov     r15d, 2
        jmp     .try
.none:
        xor     eax, eax
.out:
        pop     r15
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        ret

; next_event() -> eax: the /next status (200: ev_ptr/ev_len, hv, cut_kind set),
; 0 when no answer came (see exchange), -1 for an answer that is not HTTP.
; Registers: ebx status.
next_event:
        push    rbx
        mov     qword [rbp + ev_len - VB], 0
        mov     qword [rbp + cut_kind - VB], CUT_NONE
        mov     edi, get_req
        mov     rsi, [rbp + get_req_len - VB]
        xor     edx, edx
        xor     ecx, ecx
        mov     r8d, 1                  ; its headers fill hv
        xor     r9d, r9d
        xchg    r9, [rbp + next_sent - VB]      ; (one-shot; a retry sends it)
        call    exchange
        mov     ebx, eax
        test    eax, eax
        jle     .out
        cmp     eax, 200
        je      .ok
        call    finish_discard
        jmp     .out
.ok:
        mov     rdi, [rbp + ev_ptr - VB]
        mov     esi, MAX_EVENT
        mov     edx, esi
        call    sink_to
        call    read_body
        mov     rcx, [rbp + sk_len - VB]
        mov     [rbp + ev_len - VB], rcx
        mov     rdx, [rbp + ev_ptr - VB]
        mov     byte [rdx + rcx], 0
        cmp     rcx, [rbp + ev_hiwater - VB]
        jbe     .hw
        mov     [rbp + ev_hiwater - VB], rcx
.hw:
        test    eax, eax
        jz      .out
        mov     ecx, CUT_HEADERS
        cmp     qword [rbp + head_cut - VB], 0
        jne     .setcut
        cmp     eax, 2
        mov     ecx, CUT_FRAMING
        je      .setcut
        cmp     eax, 3
        mov     ecx, CUT_TOO_LARGE
        je      .setcut
        mov     ecx, CUT_CHUNKED
        cmp     qword [rbp + resp_clen - VB], 0
        jl      .setcut
        mov     ecx, CUT_LENGTH
.setcut:
        mov     [rbp + cut_kind - VB], rcx
        mov     rax, [rbp + sk_total - VB]
        mov     [rbp + cut_got - VB], rax
.out:
        mov     eax, ebx
        pop     rbx
        ret

; http_post(rdi path after the base, rsi its length, rdx body, rcx body length,
; r8 error type or 0, r9 its length) -> eax the answer's status, 0 when none
; came. The answer's body start is kept in reply_sb. With `pipelining` 1 and
; the whole request fitting sbuf, a GET /next follows the
; POST in the same write, and next_sent is 1 when the connection stays open
; after the answer. Registers: rbx error type, then bytes in sbuf; r12 its
; length; r13 body, r14 body length; [rsp] 1: the GET went along.
http_post:
        push    rbx
        push    r12
        push    r13
        push    r14
        push    qword [rbp + pipelining - VB]
        mov     rbx, r8
        mov     r12, r9
        mov     r13, rdx
        mov     r14, rcx
        mov     [rbp + post_path - VB], rdi
        mov     [rbp + post_path - VB + 8], rsi
        mov     qword [rbp + send_sb - VB + SB_len], 0
        mov     rsi, r14
        SBLIT   send_sb, "POST /2018-06-01/runtime", V_PATH, " HTTP/1.1", 13, 10, "Host: ", V_HOST, 13, 10, "Content-Type: application/json", 13, 10, "Content-Length: ", V_VAL, 13, 10
        test    rbx, rbx
        jz      .endhead
        SBLIT   send_sb, "Lambda-Runtime-Function-Error-Type: "
        mov     qword [rbp + send_sb - VB + SB_san], 1     ; no CR/LF from a handler's type
        mov     edi, send_sb
        mov     rsi, rbx
        mov     rdx, r12
        cmp     rdx, 256
        jbe     .tl
        mov     edx, 256
.tl:    call    sb_add
        mov     qword [rbp + send_sb - VB + SB_san], 0
        SBLIT   send_sb, 13, 10
.endhead:
        SBLIT   send_sb, 13, 10
        mov     rsi, [rbp + send_sb - VB + SB_len]
        lea     rax, [rsi + r14]
        cmp     rax, SBUF_CAP
        ja      .apart                  ; head and body go in two sends
        lea     rdi, [sbuf + rsi]       ; the body fits after the head: one
        mov     rsi, r13
        mov     rdx, r14
        call    mem_copy
        mov     rbx, [rbp + send_sb - VB + SB_len]
        add     rbx, r14
        xor     r14d, r14d
        cmp     qword [rsp], 0
        je      .one
        mov     rdx, [rbp + get_req_len - VB]   ; the GET /next behind it, if it fits
        lea     rax, [rbx + rdx]
        cmp     rax, SBUF_CAP
        ja      .alone
        lea     rdi, [sbuf + rbx]
        mov     esi, get_req
        mov     rbx, rax
        call    mem_copy
.one:
        mov     rsi, rbx
        jmp     .send
.apart:                                 ; (a big body: no GET behind it)
        mov     qword [rsp], 0
        jmp     .send
.alone:
        mov     qword [rsp], 0
        jmp     .one
.send:                                  ; rsi bytes at sbuf, r14 more at r13
        mov     edi, sbuf
        mov     rdx, r13
        mov     rcx, r14
        xor     r8d, r8d
        xor     r9d, r9d
        call    exchange
        test    eax, eax
        jle     .none
        call    finish_discard
        cmp     qword [rbp + sock - VB], 0
        jl      .status                 ; closed: the GET, if sent, is lost
        mov     rax, [rsp]
        mov     [rbp + next_sent - VB], rax
.status:
        mov     rax, [rbp + resp_status - VB]
        jmp     .out
.none:
        xor     eax, eax
.out:
        add     rsp, 8
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        ret

; ---- request ids and paths ---------------------------------------------------------

; request_id_valid() -> eax 1 when hv[HV_ID] matches ^[A-Za-z0-9._:-]+$, is
; at most ID_MAX bytes and is not "." or "..". Registers: rcx index, edx dots.
request_id_valid:
        mov     rdi, [rbp + hv - VB + 16*HV_ID]
        mov     rsi, [rbp + hv - VB + 16*HV_ID + 8]
        lea     rcx, [rsi - 1]
        cmp     rcx, ID_MAX - 1
        ja      .no                     ; empty, or too long
        xor     ecx, ecx
        xor     edx, edx
.loop:
        movzx   eax, byte [rdi + rcx]
        bt      [id_chars], eax
        jnc     .no
        cmp     al, '.'
        jne     .notdot
        inc     edx
.notdot:
        inc     rcx
        cmp     rcx, rsi
        jb      .loop
        cmp     rdx, rsi                ; all dots: "." or ".." (or more)
        jne     .yes
        cmp     rsi, 2
        jbe     .no
.yes:
        mov     eax, 1
        ret
.no:
        xor     eax, eax
        ret

; invocation_path(edi 0 response | 1 error) -> rax path, rdx length:
; /invocation/<id>/response or /error, in pathbuf. The id must be valid
; (at most ID_MAX bytes: it fits).
invocation_path:
        push    rdi
        mov     qword [rbp + path_sb - VB + SB_len], 0
        SBLIT   path_sb, "/invocation/", V_ID
        pop     rdi
        test    edi, edi
        jnz     .error
        SBLIT   path_sb, "/response"
        jmp     .out
.error:
        SBLIT   path_sb, "/error"
.out:
        mov     eax, pathbuf
        mov     rdx, [rbp + path_sb - VB + SB_len]
        ret

; cut_message(): msgsb = why the current event can't be used (cut_kind != 0).
cut_message:
        sub     rsp, 8                  ; MSG calls: rsp 16-byte aligned
        mov     rax, [rbp + cut_kind - VB]
        cmp     eax, CUT_HEADERS
        je      .headers
        cmp     eax, CUT_LENGTH
        je      .length
        cmp     eax, CUT_TOO_LARGE
        je      .large
        cmp     eax, CUT_FRAMING
        je      .framing
        MSG     "the event arrived cut short: the connection broke after ", V_CUT_GOT, " bytes of its chunked body"
        jmp     .out
.headers:
        MSG     "the event arrived cut short: the connection broke in the headers of the /next answer"
        jmp     .out
.length:
        MSG     "the event arrived cut short: ", V_CUT_GOT, " of the ", V_CLEN, " bytes its Content-Length announced"
        jmp     .out
.large:
        mov     esi, MAX_EVENT
        MSG     "the event is larger than the ", V_VAL, " bytes the runtime reads"
        jmp     .out
.framing:
        MSG     "the /next answer's body framing could not be read (Content-Length, Transfer-Encoding or a chunk size)"
.out:
        add     rsp, 8
        ret

; release_buffers(): after an event over KEEP_PAGES bytes, gives the event
; buffer's pages past KEEP_PAGES back (trim_pages).
release_buffers:
        mov     rdi, [rbp + ev_ptr - VB]
        mov     esi, MAX_EVENT + PAGE
        mov     rdx, [rbp + ev_hiwater - VB]
        mov     qword [rbp + ev_hiwater - VB], 0
        ; fall through

; trim_pages(rdi buffer, esi its mapped size, rdx bytes of it used): when more
; than KEEP_PAGES bytes were used, returns the pages past KEEP_PAGES to the
; kernel (they come back zeroed if touched again), so that one big payload
; doesn't keep its memory for the sandbox's life.
trim_pages:
        cmp     rdx, KEEP_PAGES
        jbe     .out
        add     rdi, KEEP_PAGES
        sub     esi, KEEP_PAGES
        and     esi, ~(PAGE - 1)
        mov     edx, MADV_DONTNEED
        mov     eax, SYS_madvise
        syscall
.out:
        ret
