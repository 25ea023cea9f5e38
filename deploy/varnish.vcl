# Varnish in front of the clinic site: keeps public pages as long as the site's Cache-Control lets a shared
# cache keep them (s-maxage) and drops them the moment the site sends a PURGE (VARNISH_URL). It keeps
# nothing else: staff (a session cookie), the admin, /book/, the counter image, private pages and forms all
# go to the app every time. Run it behind whatever ends TLS (it passes X-Forwarded-Proto on), e.g.
#   varnishd -a 127.0.0.1:6081 -f /srv/clinic-site/deploy/varnish.vcl -s malloc,256m
# and set VARNISH_URL=http://127.0.0.1:6081 for the app. tests/test_varnish.py runs this very file, with
# only the backend's address changed.
vcl 4.1;

# The app: gunicorn on this machine, or the load balancer in front of several (deploy/nginx-load-balancer.conf).
backend app {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 35s;
}

# Who may purge: the app servers. Add their addresses when they run on other machines.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        # Only straight from an app server: a request relayed by the TLS proxy in front carries its
        # X-Forwarded-Proto, so the world cannot empty the cache through it.
        if (client.ip !~ purgers || req.http.X-Forwarded-Proto) {
            return (synth(405, "Not allowed"));
        }
        # Every copy of the page, whatever its host or query string (?page=2 of a listing included).
        ban("obj.http.x-clinic-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if ((req.method != "GET" && req.method != "HEAD") || req.http.Authorization) {
        return (pass);
    }
    # Staff always reach the app, and what they see is never kept.
    if (req.url ~ "^/admin/" || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Public pages read no cookie: any other one would only split the cache.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.Host);
    # The http and https copies of a page differ (HSTS comes with https only).
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    # Kept only when the site says a shared cache may keep it: s-maxage on public pages, immutable on
    # static files with hashed names. Anything else is passed on, and the next request goes to the app too
    # (without waiting in line behind this one).
    if (!(beresp.http.Cache-Control ~ "s-maxage|immutable")
        || beresp.http.Cache-Control ~ "private|no-store"
        || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # What a purge of this page matches on (the ban lurker reads objects only).
    set beresp.http.x-clinic-path = regsub(bereq.url, "\?.*$", "");
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-clinic-path;
    # Whether Varnish answered, for the tests, the benchmark and whoever looks.
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
