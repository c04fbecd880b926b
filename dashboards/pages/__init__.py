"""One module a page, each with PATH and layout(**query); `app.create_app` registers them."""
