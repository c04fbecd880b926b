"""One module a page, each with register(app); callbacks are thin: inputs -> data -> figures."""
