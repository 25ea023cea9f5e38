"""Throughput, latency and Lighthouse scores of the production server, next to nginx serving the same bytes.

Run with `make bench`. It builds the demo site in a database of its own, starts gunicorn
with the production settings (DEBUG off) on loopback, and measures with wrk the home page
and an article with the page cache off and on. In the same run a bare WSGI app sends the
very same response as a cache hit, headers and body, under the same gunicorn settings (the floor for
a hit), a second one the body alone (what the headers cost), and nginx
serves the body as a static file, so the figures are read as ratios (hit/bare, app/static),
which hold up on a noisy machine better than raw numbers. Lighthouse (Debian's Chromium) scores the
home page and an article. Every request goes to 127.0.0.1 only.
"""

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "test-artifacts" / "bench"
PAGES = {"home": "/", "article": "/conditions-treatments/ketamine-therapy-fibromyalgia/"}
DURATION = os.environ.get("BENCH_SECONDS", "10")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "16")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# wrk sends no user agent unless told. The rows measured in turns send a browser's, so that each hit of the
# counted row is counted as a person's view, except the uncounted row, which sends a crawler's (never
# counted) of about the same length: the floor and the hits then get requests of the same size.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
CRAWLER = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            return urllib.request.urlopen(url, timeout=5).read()
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"nothing answered at {url}")


def production_env(page_cache_seconds):
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{WORK / 'bench.sqlite3'}"),
        "STATIC_ROOT": str(WORK / "static"),
        "MEDIA_ROOT": str(WORK / "media"),
        "CACHE_DIR": str(WORK / "cache"),  # a cache of this run's own, emptied with it
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SERVE_MEDIA": "true",  # no separate media server here; images are not what wrk measures
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "LOG_LEVEL": "WARNING",
        # No worker recycling: a new worker re-imports Django (about 1.5 s of CPU, the bare app's far less),
        # which would fall on whichever row is measured at the time.
        "GUNICORN_MAX_REQUESTS": "0",
    }


def manage(*args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=production_env(0), check=True, stdout=subprocess.DEVNULL
    )


def start_gunicorn(port, page_cache_seconds, app="clinic_site.wsgi", extra_env=None):
    env = production_env(page_cache_seconds) | {"GUNICORN_BIND": f"127.0.0.1:{port}"} | (extra_env or {})
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "--access-logfile", "/dev/null", app]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Headers gunicorn writes itself: the bare app leaves them to it too.
SERVER_HEADERS = {"server", "date", "connection", "content-length", "transfer-encoding"}


def save_hit(url, folder, name):
    """The page as a cache hit answers it: its body as <name>.html and its headers as <name>.headers.json,
    for the bare app to send the very same response and nginx the same body."""
    wait_for(url)
    for _ in range(50):
        with urllib.request.urlopen(url, timeout=5) as response:
            body, headers = response.read(), response.getheaders()
        if dict(headers).get("X-Page-Cache") == "hit":
            kept = [(header, value) for header, value in headers if header.lower() not in SERVER_HEADERS]
            (folder / f"{name}.html").write_bytes(body)
            (folder / f"{name}.headers.json").write_text(json.dumps(kept))
            return
        time.sleep(0.3)
    raise RuntimeError(f"{url} was never answered from the page cache")


def start_nginx(port, pages):
    """nginx serving copies of the pages from a folder of its own: its workers run as an unprivileged
    user, who may not be able to read a checkout under a private home folder."""
    folder = Path(tempfile.mkdtemp(prefix="clinic-bench-nginx-"))
    folder.chmod(0o755)
    for page in pages.glob("*.html"):
        shutil.copy(page, folder / page.name)
        (folder / page.name).chmod(0o644)
    config = folder / "nginx.conf"
    config.write_text(
        f"""
        daemon off; worker_processes 1; pid {folder / "nginx.pid"}; error_log stderr error;
        events {{ worker_connections 1024; }}
        http {{
            access_log off;
            default_type text/html;
            client_body_temp_path {folder}/tmp; proxy_temp_path {folder}/tmp;
            fastcgi_temp_path {folder}/tmp; uwsgi_temp_path {folder}/tmp; scgi_temp_path {folder}/tmp;
            server {{ listen 127.0.0.1:{port}; root {folder}; }}
        }}
        """
    )
    return folder, subprocess.Popen(["nginx", "-c", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)


def start_varnish(port, upstream_port):
    """Varnish with the site's deploy/varnish.vcl, its backend pointed at `upstream_port`."""
    folder = Path(tempfile.mkdtemp(prefix="clinic-bench-varnish-"))
    vcl = (ROOT / "deploy" / "varnish.vcl").read_text().replace('.port = "8000";', f'.port = "{upstream_port}";')
    (folder / "clinic.vcl").write_text(vcl)
    command = ["varnishd", "-F", "-j", "none", "-n", str(folder / "work"), "-a", f"127.0.0.1:{port}"]
    command += ["-f", str(folder / "clinic.vcl"), "-s", "malloc,64m"]
    return folder, subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)


def wrk(url, seconds=DURATION, user_agent=None):
    headers = ["-H", f"User-Agent: {user_agent}"] if user_agent else []
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", *headers, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"rps": rps, "p99_ms": p99_ms, "errors": int(errors.group(1)) if errors else 0}


# A client flooding search with words never searched before: each a cache miss, until the rate limit answers.
DISTINCT_SEARCHES = """
request = function()
  local word = ""
  for i = 1, 8 do word = word .. string.char(math.random(97, 122)) end
  return wrk.format("GET", "/search/?q=" .. word)
end
"""


def search_rows(port):
    """A repeated search (answered from the cache of results), and the home page alone and then while one
    client floods search with distinct words."""
    rows = {"repeated search": wrk(f"http://127.0.0.1:{port}/search/?q=ketamine")}
    rows["home page alone"] = wrk(f"http://127.0.0.1:{port}/")
    script = WORK / "distinct_searches.lua"
    script.write_text(DISTINCT_SEARCHES)
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{DURATION}s", "-s", str(script), f"http://127.0.0.1:{port}"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as flood:
        rows["home page, search flood"] = wrk(f"http://127.0.0.1:{port}/")
        output = flood.communicate()[0]
    rows["the flood itself"] = {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p99_ms": 0.0,
        "errors": int((re.search(r"Non-2xx or 3xx responses: (\d+)", output) or [0, 0])[1]),
    }
    return rows


def lighthouse(url):
    binary = ROOT / "benchmarks" / "node_modules" / ".bin" / "lighthouse"
    result = subprocess.run(
        [
            str(binary),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking "
            "--disable-component-update --disable-sync --no-first-run",
        ],
        capture_output=True,
        text=True,
        env=os.environ | {"CHROME_PATH": CHROMIUM},
        check=True,
    )
    categories = json.loads(result.stdout)["categories"]
    return {name: round(category["score"] * 100) for name, category in categories.items()}


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    manage("migrate", "--noinput", "-v0")
    manage("load_demo_content")
    manage("collectstatic", "--noinput", "-v0")

    results, static_root = {}, WORK / "static-pages"
    static_root.mkdir()
    port = free_port()
    server = start_gunicorn(port, 0)
    try:
        for name, path in PAGES.items():
            wait_for(f"http://127.0.0.1:{port}{path}")
            results[(name, "app, page cache off")] = wrk(f"http://127.0.0.1:{port}{path}")
    finally:
        server.terminate()
        server.wait(timeout=30)

    # A hit and the bare app are measured in turns, ROUNDS times each, so that the machine's ups and downs
    # fall on both; the median of each is kept.
    hit_port, bare_port, body_port, varnish_port = free_port(), free_port(), free_port(), free_port()
    varnish_folder, varnish = start_varnish(varnish_port, hit_port)
    servers = [varnish, start_gunicorn(hit_port, 600)]
    try:
        for name, path in PAGES.items():
            save_hit(f"http://127.0.0.1:{hit_port}{path}", static_root, name)
        bare_env = {"BENCH_PAGES_DIR": str(static_root), "BENCH_PAGES": json.dumps(PAGES)}
        servers.append(start_gunicorn(bare_port, 0, app="benchmarks.bare_wsgi:application", extra_env=bare_env))
        body_env = bare_env | {"BENCH_BODY_ONLY": "1"}
        servers.append(start_gunicorn(body_port, 0, app="benchmarks.bare_wsgi:application", extra_env=body_env))
        # Until every worker has started (Django takes longer to import than the bare app) and read the pages.
        for port in (hit_port, bare_port, body_port, varnish_port):
            for path in PAGES.values():
                wait_for(f"http://127.0.0.1:{port}{path}")
                wrk(f"http://127.0.0.1:{port}{path}", seconds=2)
        runs = {}
        for _ in range(ROUNDS):
            for name, path in PAGES.items():
                for label, port, user_agent in (
                    ("app, page cache on", hit_port, CRAWLER),
                    ("app, cache on, counted", hit_port, BROWSER),
                    ("bare WSGI, same bytes", bare_port, BROWSER),
                    ("bare WSGI, body only", body_port, BROWSER),
                    ("Varnish in front", varnish_port, BROWSER),
                ):
                    url = f"http://127.0.0.1:{port}{path}"
                    wait_for(url)
                    runs.setdefault((name, label), []).append(wrk(url, user_agent=user_agent))
        for key, rows in runs.items():
            results[key] = sorted(rows, key=lambda row: row["rps"])[len(rows) // 2]
        searches = search_rows(hit_port)
        scores = {name: lighthouse(f"http://127.0.0.1:{hit_port}{path}") for name, path in PAGES.items()}
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(varnish_folder, ignore_errors=True)

    port = free_port()
    folder, nginx = start_nginx(port, static_root)
    try:
        for name in PAGES:
            wait_for(f"http://127.0.0.1:{port}/{name}.html")
            results[(name, "nginx, static file")] = wrk(f"http://127.0.0.1:{port}/{name}.html")
    finally:
        nginx.terminate()
        nginx.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)

    labels = (
        "app, page cache off",
        "app, page cache on",
        "app, cache on, counted",
        "bare WSGI, same bytes",
        "bare WSGI, body only",
        "Varnish in front",
        "nginx, static file",
    )
    print(
        f"\nwrk: {DURATION} s, {CONNECTIONS} connections, 2 threads, on 127.0.0.1 ({os.cpu_count()} cores); "
        f"page cache on and bare WSGI: median of {ROUNDS} runs taken in turns\n"
    )
    print(f"{'page':<8} {'server':<22} {'req/s':>9} {'p99 ms':>9} {'/bare':>7} {'/static':>8} {'errors':>7}")
    for name in PAGES:
        bare_rps = results[(name, "bare WSGI, same bytes")]["rps"]
        static = results[(name, "nginx, static file")]["rps"]
        for label in labels:
            row = results[(name, label)]
            print(
                f"{name:<8} {label:<22} {row['rps']:>9.0f} {row['p99_ms']:>9.1f} {row['rps'] / bare_rps:>7.2f} "
                f"{row['rps'] / static:>8.3f} {row['errors']:>7}"
            )
    print("\nhit/bare (page cache on / bare WSGI; the target is 0.7 or more):")
    for name in PAGES:
        hit = results[(name, "app, page cache on")]["rps"] / results[(name, "bare WSGI, same bytes")]["rps"]
        print(f"  {name:<8} {hit:.2f}")
    print("\nhit/bare with each hit counted as a person's view (the target is 0.8 or more):")
    for name in PAGES:
        hit = results[(name, "app, cache on, counted")]["rps"] / results[(name, "bare WSGI, same bytes")]["rps"]
        print(f"  {name:<8} {hit:.2f}")
    print("\nwhat the hit's headers cost (bare WSGI same bytes / body only):")
    for name in PAGES:
        same = results[(name, "bare WSGI, same bytes")]["rps"] / results[(name, "bare WSGI, body only")]["rps"]
        print(f"  {name:<8} {same:.2f}")
    print("\nsearch (page cache on; the flood's errors are its 429 answers):")
    for label, row in searches.items():
        print(f"  {label:<24} {row['rps']:>9.0f} req/s {row['errors']:>7} errors")
    kept = searches["home page, search flood"]["rps"] / searches["home page alone"]["rps"]
    print(f"  home page kept {kept:.2f} of its throughput under the flood (the target is 0.5 or more)")
    print("\nLighthouse (page cache on):")
    for name, score in scores.items():
        print(f"  {name:<8} " + "  ".join(f"{category} {value}" for category, value in score.items()))


if __name__ == "__main__":
    main()
