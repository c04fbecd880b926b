// Put back the browser's own trim, parseInt and parseFloat, saved in <head> before Dash's
// babel-polyfill replaced them with slower JavaScript (see SAVE_NATIVES in dashboards/app.py).
(function () {
    "use strict";
    var saved = window.__trackerNatives;
    if (!saved) {
        return;
    }
    function restore(owner, name, fn) {
        if (typeof fn === "function" && owner[name] !== fn) {
            Object.defineProperty(owner, name, {value: fn, writable: true, configurable: true, enumerable: false});
        }
    }
    restore(String.prototype, "trim", saved.trim);
    restore(String.prototype, "trimStart", saved.trimStart);
    restore(String.prototype, "trimEnd", saved.trimEnd);
    restore(String.prototype, "trimLeft", saved.trimStart);
    restore(String.prototype, "trimRight", saved.trimEnd);
    restore(window, "parseInt", saved.parseInt);
    restore(window, "parseFloat", saved.parseFloat);
    restore(Number, "parseInt", saved.parseInt);
    restore(Number, "parseFloat", saved.parseFloat);
}());
