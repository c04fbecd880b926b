"""One module per `tracker` subcommand; each exposes add_parser(subparsers)."""
