"""`tracker serve`: open the dashboard (Dash) over the store."""
from __future__ import annotations

import argparse
import sys


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "serve",
        help="open the dashboard over the store (http://127.0.0.1:8050/)",
        description="Serve the dashboard: figures over time beside the articles that stated them, "
                    "targets against outcomes, official series, filters kept in the URL, CSV "
                    "download and a table view. Official series are read from "
                    "DATA_DIR/../reference/*.csv.",
        epilog="example:\n  tracker serve --port 8050 --data-dir data/clean\n"
               "  then open http://127.0.0.1:8050/?indicator=bilateral_trade&partners=CHN-RUS",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; the dashboard "
                        "has no login, so another address shows the store to the network, with a warning)")
    p.add_argument("--port", type=int, default=8050, help="port to listen on (default 8050)")
    p.add_argument("--data-dir", metavar="DIR",
                   help="the store's folder (default: $TRACKER_DATA_DIR, else data/clean)")
    p.add_argument("--debug", action="store_true", help="Dash debug mode (reloads on code changes)")
    p.set_defaults(func=run)
    return p


def is_loopback(host: str) -> bool:
    """True for an address only this machine can reach.

    >>> [is_loopback(h) for h in ("127.0.0.1", "localhost", "::1", "0.0.0.0", "192.168.1.5", "")]
    [True, True, True, False, False, False]
    """
    import ipaddress

    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: whatever it resolves to, it was asked for on purpose


def run(args: argparse.Namespace) -> int:
    from dashboards import data
    from dashboards.app import LOOPBACK_HOSTS, create_app

    local = is_loopback(args.host)
    if args.debug and not local:
        print(f"tracker serve: --debug runs Werkzeug's debugger, which runs code sent to it: "
              f"only with --host 127.0.0.1, not {args.host}", file=sys.stderr)
        return 2
    if not local:
        print(f"tracker serve: warning: listening on {args.host or 'every address'} lets anyone who "
              f"can reach this machine read the store (the dashboard has no login); use "
              f"--host 127.0.0.1 unless you mean it", file=sys.stderr)
    folder = data.resolve_data_dir(args.data_dir)
    if not folder.is_dir():
        print(f"tracker serve: {folder}: no such folder; run `tracker extract data/raw --output "
              f"{folder / 'claims.csv'}` first, or pass --data-dir", file=sys.stderr)
        return 1
    app = create_app(folder, trusted_hosts=[*LOOPBACK_HOSTS, args.host] if local else None)
    try:  # read everything once now: a bad file stops here, and the first page is quick
        with app.server.app_context():
            claims = data.claims()
            data.articles()
            data.reference()
    except data.DataError as exc:
        print(f"tracker serve: {exc}", file=sys.stderr)
        return 1
    print(f"tracker serve: {len(claims):,} claims from {folder}; open http://{args.host}:{args.port}/",
          file=sys.stderr)
    try:
        app.run(host=args.host, port=args.port, debug=args.debug)
    except OSError as exc:
        print(f"tracker serve: cannot listen on {args.host}:{args.port} ({exc.strerror or exc})",
              file=sys.stderr)
        return 1
    return 0
