// Counts the seconds a lesson is open and visible, and tells the server when the member leaves it, hides the tab
// or every minute (navigator.sendBeacon survives the page closing). The element #studyTime names the lesson.
(function () {
    var el = document.getElementById('studyTime');
    if (!el || !navigator.sendBeacon) {
        return;
    }
    var seconds = 0, since = Date.now(), visible = !document.hidden;
    function flush() {
        if (visible) {
            seconds += Math.round((Date.now() - since) / 1000);
        }
        since = Date.now();
        if (seconds >= 5) {
            navigator.sendBeacon(el.getAttribute('data-url'), new URLSearchParams({
                kode: el.getAttribute('data-kode'), no: el.getAttribute('data-no'), seconds: String(seconds)
            }));
            seconds = 0;
        }
    }
    document.addEventListener('visibilitychange', function () {
        if (document.hidden) {
            flush();
            visible = false;
        } else {
            visible = true;
            since = Date.now();
        }
    });
    window.addEventListener('pagehide', flush);
    setInterval(function () {
        if (!document.hidden) {
            flush();
        }
    }, 60000);
})();
