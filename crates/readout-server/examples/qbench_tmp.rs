use readout_store::{EventFilter, Store};
use std::time::Instant;
fn main() {
    let s = Store::open_read_only(std::path::Path::new("/tmp/server-synth1m.db")).unwrap();
    if let Ok(p) = std::env::var("PRAGMAS") { s.connection().execute_batch(&p).unwrap(); }
    let net = s.network(&EventFilter::default()).unwrap();
    let mut edges = net.edges.clone();
    edges.sort_by(|a, b| b.events.cmp(&a.events));
    let dyads: Vec<(String, String)> = edges.iter().take(200).map(|e| (e.source.clone(), e.target.clone())).collect();
    let n = 2000;
    let (mut tq, mut ts, mut bytes) = (0f64, 0f64, 0usize);
    for i in 0..n {
        let f = EventFilter { dyad: Some(dyads[i % dyads.len()].clone()), limit: Some(100), ..Default::default() };
        let t = Instant::now();
        let page = s.query(&f).unwrap();
        tq += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let v = serde_json::to_vec(&page).unwrap();
        ts += t.elapsed().as_secs_f64();
        bytes += v.len();
    }
    println!("query {:.3} ms/req, serialize {:.3} ms/req, {} KB/resp", tq * 1000.0 / n as f64, ts * 1000.0 / n as f64, bytes / n / 1024);
    // Query with only the sql part: count rows
    let t = Instant::now();
    for i in 0..n {
        let (a, b) = &dyads[i % dyads.len()];
        let _ = s.connection().query_row("EXPLAIN QUERY PLAN SELECT 1", [], |_| Ok(())).ok();
        let _ = (a, b);
    }
    let _ = t;
}
