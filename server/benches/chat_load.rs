//! Chat load: opens N resident sockets against one `civic311` instance on loopback, has each
//! send messages, and reports the round trip from sending a message to its acknowledgement
//! (stored in the database) at p50/p99, and the server's memory.
//!
//! Run by hand, not in CI:
//!
//! ```sh
//! ulimit -n 65536
//! CHAT_LOAD_SOCKETS=1000 cargo bench -p server --bench chat_load
//! CHAT_LOAD_SOCKETS=10000 cargo bench -p server --bench chat_load
//! # on PostgreSQL instead of a fresh SQLite file:
//! DATABASE_URL=postgres://127.0.0.1:5432/civic311_load CHAT_LOAD_SOCKETS=1000 cargo bench -p server --bench chat_load
//! ```
//!
//! `CHAT_LOAD_MESSAGES` (default 5) messages per socket, one every `CHAT_LOAD_INTERVAL_MS`
//! (default 5000) per socket, with the sockets' starts spread over that interval.

use std::{
    process::{Child, Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use app::chat::{ClientFrame, ServerFrame};
use futures_util::{SinkExt, StreamExt};
use tokio::sync::Mutex;
use tokio_tungstenite::tungstenite::{client::IntoClientRequest, Message};

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

fn open_files_limit() -> u64 {
    std::fs::read_to_string("/proc/self/limits")
        .ok()
        .and_then(|limits| {
            limits
                .lines()
                .find(|line| line.starts_with("Max open files"))
                .and_then(|line| line.split_whitespace().nth(3)?.parse().ok())
        })
        .unwrap_or(1024)
}

/// The server's resident and peak memory, in MiB, from /proc.
fn memory_mib(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|line| line.starts_with(name))
            .and_then(|line| line.split_whitespace().nth(1)?.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

struct Server {
    child: Child,
    base: String,
    _site: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_server() -> Server {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir(site.path().join("pkg")).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let database = std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}/load.db", site.path().display()));
    let binary = env!("CARGO_BIN_EXE_civic311");
    let repo = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let agent = Command::new(binary)
        .current_dir(repo)
        .args([
            "user",
            "create",
            "--role",
            "agent",
            "--email",
            "load@toronto.ca",
        ])
        .env("DATABASE_URL", &database)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut agent = agent;
        writeln!(agent.stdin.take().unwrap(), "correct horse battery staple").unwrap();
        agent.wait().unwrap();
    }
    let child = Command::new(binary)
        .current_dir(repo)
        .env("DATABASE_URL", &database)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", site.path())
        .env("LEPTOS_HASH_FILES", "false")
        .env("CIVIC311_MAIL_DIR", site.path().join("mail"))
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    Server {
        child,
        base: format!("127.0.0.1:{port}"),
        _site: site,
    }
}

async fn wait_healthy(base: &str) {
    for _ in 0..300 {
        if reqwest::get(format!("http://{base}/healthz"))
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not start");
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn open(base: &str, query: &str, cookie: Option<&str>) -> Socket {
    let mut request = format!("ws://{base}/chat/ws{query}")
        .into_client_request()
        .unwrap();
    if let Some(cookie) = cookie {
        request
            .headers_mut()
            .insert("cookie", cookie.parse().unwrap());
    }
    tokio_tungstenite::connect_async(request).await.unwrap().0
}

async fn send(socket: &mut Socket, frame: &ClientFrame) -> bool {
    let text = serde_json::to_string(frame).unwrap();
    socket.send(Message::Text(text.into())).await.is_ok()
}

async fn next_frame(socket: &mut Socket) -> Option<ServerFrame> {
    loop {
        match tokio::time::timeout(Duration::from_secs(60), socket.next()).await {
            Ok(Some(Ok(Message::Text(text)))) => return serde_json::from_str(text.as_str()).ok(),
            Ok(Some(Ok(_))) => continue,
            _ => return None,
        }
    }
}

#[tokio::main]
async fn main() {
    let sockets = setting("CHAT_LOAD_SOCKETS", 1000) as usize;
    let messages = setting("CHAT_LOAD_MESSAGES", 5) as usize;
    let interval = Duration::from_millis(setting("CHAT_LOAD_INTERVAL_MS", 5000));
    let limit = open_files_limit();
    // The server and this process each hold one end of every socket.
    if limit < sockets as u64 + 200 {
        eprintln!(
            "{sockets} sockets need about {} open files per process; the limit is {limit}. Raise it with `ulimit -n` first.",
            sockets + 200
        );
        std::process::exit(2);
    }
    let server = start_server();
    wait_healthy(&server.base).await;
    let pid = server.child.id();
    let (idle_rss, _) = memory_mib(pid);

    // One agent online, so residents are queued rather than offered to leave a message.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let login = client
        .post(format!("http://{}/staff/login", server.base))
        .form(&[
            ("email", "load@toronto.ca"),
            ("password", "correct horse battery staple"),
        ])
        .send()
        .await
        .unwrap();
    let cookie = login.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let mut agent = open(&server.base, "?role=agent", Some(&cookie)).await;
    send(&mut agent, &ClientFrame::Console { cursors: vec![] }).await;
    next_frame(&mut agent).await;
    let agent_task = tokio::spawn(async move { while next_frame(&mut agent).await.is_some() {} });

    println!("opening {sockets} resident sockets against {}", server.base);
    let connect_started = Instant::now();
    let mut residents = Vec::with_capacity(sockets);
    let mut refused = 0;
    for batch in (0..sockets).collect::<Vec<_>>().chunks(100) {
        let opened = futures_util::future::join_all(batch.iter().map(|n| {
            let base = server.base.clone();
            async move {
                let mut socket = open(&base, "", None).await;
                let start = ClientFrame::Start {
                    name: format!("Load {n}"),
                    topic: "Load test".into(),
                    request: None,
                };
                if !send(&mut socket, &start).await {
                    return None;
                }
                loop {
                    match next_frame(&mut socket).await {
                        Some(ServerFrame::Started { .. }) => return Some(socket),
                        Some(ServerFrame::Offline) | None => return None,
                        Some(_) => {}
                    }
                }
            }
        }))
        .await;
        for socket in opened {
            match socket {
                Some(socket) => residents.push(socket),
                None => refused += 1,
            }
        }
    }
    let sockets = residents.len();
    let connect_time = connect_started.elapsed();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (connected_rss, _) = memory_mib(pid);
    println!(
        "connected {sockets} in {:.1} s ({refused} not started); server memory {connected_rss:.0} MiB (idle {idle_rss:.0} MiB)",
        connect_time.as_secs_f64()
    );

    let latencies = Arc::new(Mutex::new(Vec::with_capacity(sockets * messages)));
    let failures = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let run_started = Instant::now();
    let tasks: Vec<_> = residents
        .into_iter()
        .enumerate()
        .map(|(n, mut socket)| {
            let latencies = latencies.clone();
            let failures = failures.clone();
            tokio::spawn(async move {
                // Spread the sockets' first messages over one interval.
                tokio::time::sleep(interval.mul_f64(n as f64 / sockets as f64)).await;
                for m in 0..messages {
                    let client_id = format!("{n}-{m}");
                    let sent = Instant::now();
                    let frame = ClientFrame::Send {
                        conversation: None,
                        client_id: client_id.clone(),
                        body: format!("Message {m} from socket {n}"),
                        internal: false,
                    };
                    if !send(&mut socket, &frame).await {
                        failures.fetch_add(messages - m, std::sync::atomic::Ordering::Relaxed);
                        break;
                    }
                    loop {
                        match next_frame(&mut socket).await {
                            Some(ServerFrame::Ack {
                                client_id: acked, ..
                            }) if acked == client_id => {
                                latencies.lock().await.push(sent.elapsed());
                                break;
                            }
                            Some(ServerFrame::Error { .. }) | None => {
                                failures.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                                break;
                            }
                            Some(_) => {}
                        }
                    }
                    tokio::time::sleep(interval.saturating_sub(sent.elapsed())).await;
                }
                socket
            })
        })
        .collect();
    let mut sockets_back = Vec::with_capacity(sockets);
    for task in tasks {
        sockets_back.push(task.await.unwrap());
    }
    let run_time = run_started.elapsed();
    let (end_rss, peak_rss) = memory_mib(pid);
    let mut latencies = latencies.lock().await.clone();
    latencies.sort();
    let database = if std::env::var("DATABASE_URL").is_ok() {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    println!("--- chat load, {database}, {sockets} sockets, {messages} messages each ---");
    println!(
        "messages acknowledged: {} in {:.1} s ({:.0}/s); failed: {}",
        latencies.len(),
        run_time.as_secs_f64(),
        latencies.len() as f64 / run_time.as_secs_f64(),
        failures.load(std::sync::atomic::Ordering::Relaxed)
    );
    println!(
        "send -> stored and acknowledged: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&latencies, 0.50).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1000.0
    );
    println!(
        "server memory: idle {idle_rss:.0} MiB, {sockets} connected {connected_rss:.0} MiB, end {end_rss:.0} MiB, peak {peak_rss:.0} MiB ({:.1} KiB per socket)",
        (connected_rss - idle_rss) * 1024.0 / sockets as f64
    );
    drop(sockets_back);
    agent_task.abort();
}
