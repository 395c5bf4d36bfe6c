// The exam's countdown from the server's deadline; at zero the page reloads and shows the submitted attempt (the
// server submits it with the saved answers). akOffline() tells the member an answer could not be sent.
(function () {
    var el = document.getElementById('countdown');
    if (el) {
        var deadline = parseInt(el.getAttribute('data-deadline'), 10);
        var tick = function () {
            var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
            var m = Math.floor(left / 60), s = left % 60;
            el.textContent = m + ':' + (s < 10 ? '0' : '') + s;
            if (left <= 60) {
                el.className = 'ak-timer-low';
            }
            if (left === 0) {
                setTimeout(function () { location.reload(); }, 2000);
                return;
            }
            setTimeout(tick, 1000);
        };
        tick();
    }
    window.akOffline = function () {
        var note = document.getElementById('offline');
        if (note) {
            note.className = 'ak-hint ak-offline';
        }
    };
})();
