// A Lambda Runtime API on Go's net/http, the server the real service runs, for
// __tests__/go-runtime-api.test.ts: it lets net/http frame each /next answer as
// it does on Lambda (Content-Length up to its 2048-byte buffer, chunked above),
// keeps connections alive, and answers pipelined requests in order.
//
// Usage: goruntimeapi N. It prints its address (host:port) on the first line,
// hands out N events of several sizes one at a time, checks that each answer is
// the echo of its event, and prints one JSON line with what it saw. It then
// keeps serving (the runtime's last GET /next waits) until it is killed, so
// that the runtime has nothing to log about a server that went away.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

type event struct{ id, body string }

type answer struct {
	id, kind string
	body     []byte
}

// Sizes on both sides of net/http's 2048-byte buffer, and one whose echo is
// too big to share a write with the runtime's next GET.
var sizes = []int{2, 1000, 2030, 2100, 6000, 100000}

func main() {
	n, err := strconv.Atoi(os.Args[1])
	if err != nil {
		panic(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	fmt.Println(ln.Addr().String())

	events := make(chan event)
	answers := make(chan answer, 1)
	var mu sync.Mutex
	delivered := map[string]bool{}
	conns := map[string]bool{}
	requests := 0

	mux := http.NewServeMux()
	mux.HandleFunc("/2018-06-01/runtime/invocation/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		conns[r.RemoteAddr] = true
		requests++
		mu.Unlock()
		rest := strings.TrimPrefix(r.URL.Path, "/2018-06-01/runtime/invocation/")
		if rest == "next" && r.Method == http.MethodGet {
			ev := <-events
			mu.Lock()
			delivered[ev.id] = true
			mu.Unlock()
			h := w.Header()
			h.Set("Content-Type", "application/json")
			h.Set("Lambda-Runtime-Aws-Request-Id", ev.id)
			h.Set("Lambda-Runtime-Deadline-Ms", strconv.FormatInt(time.Now().Add(30*time.Second).UnixMilli(), 10))
			h.Set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:go")
			h.Set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0")
			io.WriteString(w, ev.body)
			return
		}
		parts := strings.Split(rest, "/")
		if len(parts) != 2 || r.Method != http.MethodPost {
			http.NotFound(w, r)
			return
		}
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		known := delivered[parts[0]]
		delete(delivered, parts[0])
		mu.Unlock()
		if !known {
			w.WriteHeader(http.StatusBadRequest)
			io.WriteString(w, `{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}`)
			return
		}
		w.WriteHeader(http.StatusAccepted)
		io.WriteString(w, `{"status":"OK"}`)
		answers <- answer{parts[0], parts[1], body}
	})
	go http.Serve(ln, mux)

	answered := 0
	wrong := []string{}
loop:
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("go-%d", i)
		size := sizes[i%len(sizes)]
		body := fmt.Sprintf(`{"i":%d,"pad":"%s"}`, i, strings.Repeat("x", size))
		select {
		case events <- event{id, body}:
		case <-time.After(20 * time.Second):
			wrong = append(wrong, id+": never asked for")
			break loop
		}
		select {
		case a := <-answers:
			answered++
			if a.id != id || a.kind != "response" || string(a.body) != body {
				wrong = append(wrong, fmt.Sprintf("%s: got %s/%s with %d bytes", id, a.id, a.kind, len(a.body)))
			}
		case <-time.After(20 * time.Second):
			wrong = append(wrong, id+": no answer")
			break loop
		}
	}
	mu.Lock()
	out, _ := json.Marshal(map[string]interface{}{"answered": answered, "wrong": wrong, "connections": len(conns), "requests": requests})
	mu.Unlock()
	fmt.Println(string(out))
	select {}
}
