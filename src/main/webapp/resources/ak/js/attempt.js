// The exam page. Every answer is sent the moment it is given (PUT <api>/answers/<slot>, JSON), one request per
// question at a time so an older answer never overtakes a newer one. An answer that could not be sent stays in this
// phone's storage and is sent again when the connection is back, also after a reload. Hand-in waits until every
// answer is acknowledged. The countdown follows the server's deadline; at zero the page reloads and shows the attempt
// the server has submitted with the saved answers.
(function () {
    var form = document.querySelector('form[data-attempt]');
    if (!form) {
        return;
    }
    var storeKey = 'ak-attempt-' + form.getAttribute('data-attempt');
    if (form.getAttribute('data-done') === 'true') {
        forget();
        return;
    }
    var api = form.getAttribute('data-api');
    var pending = restore();   // slot -> answer not yet acknowledged by the server
    var inFlight = {};         // slot -> true while its request runs
    var queued = {};           // slot -> newer answer given while one was in flight
    var closed = false;
    var retryTimer = null;

    function fieldsets() {
        return Array.prototype.slice.call(form.querySelectorAll('fieldset[data-slot]'));
    }

    function fieldset(slot) {
        return form.querySelector('fieldset[data-slot="' + slot + '"]');
    }

    function answerOf(fs) {
        var checked;
        switch (fs.getAttribute('data-type')) {
            case 'SINGLE_CHOICE':
                checked = fs.querySelector('input[type=radio]:checked');
                return checked ? {choices: [parseInt(checked.value, 10)]} : null;
            case 'MULTIPLE_CHOICE':
                return {choices: Array.prototype.map.call(fs.querySelectorAll('input[type=checkbox]:checked'),
                    function (box) { return parseInt(box.value, 10); })};
            case 'TRUE_FALSE':
                checked = fs.querySelector('input[type=radio]:checked');
                return checked ? {value: checked.value} : null;
            case 'SHORT_ANSWER':
            case 'NUMERIC':
                return {value: fs.querySelector('input[type=text]').value};
            case 'MATCHING':
                var matches = {};
                Array.prototype.forEach.call(fs.querySelectorAll('select[data-left]'), function (select) {
                    matches[select.getAttribute('data-left')] = select.value;
                });
                return {matches: matches};
        }
        return null;
    }

    // puts an answer kept on this phone back into the inputs (it is newer than what the page was rendered with)
    function show(fs, answer) {
        var type = fs.getAttribute('data-type');
        Array.prototype.forEach.call(fs.querySelectorAll('input[type=radio], input[type=checkbox]'), function (input) {
            input.checked = type === 'TRUE_FALSE' ? input.value === answer.value
                : (answer.choices || []).indexOf(parseInt(input.value, 10)) >= 0;
        });
        var typed = fs.querySelector('input[type=text]');
        if (typed && answer.value !== undefined) {
            typed.value = answer.value;
        }
        Array.prototype.forEach.call(fs.querySelectorAll('select[data-left]'), function (select) {
            var chosen = (answer.matches || {})[select.getAttribute('data-left')];
            select.value = chosen === undefined ? '' : chosen;
        });
    }

    function status(slot, state) {
        var fs = fieldset(slot);
        var label = fs && fs.querySelector('.ak-saved');
        if (label) {
            label.textContent = form.getAttribute('data-text-' + state) || '';
            label.className = 'ak-saved ak-' + state;
        }
    }

    function message(text) {
        var note = document.getElementById('attemptMessage');
        note.textContent = text;
        note.className = 'ak-hint ak-offline';
    }

    function offline(on) {
        var note = document.getElementById('offline');
        if (note) {
            note.className = on ? 'ak-hint ak-offline' : 'ak-hint ak-hidden';
        }
    }

    function remember() {
        try {
            if (Object.keys(pending).length) {
                localStorage.setItem(storeKey, JSON.stringify(pending));
            } else {
                localStorage.removeItem(storeKey);
            }
        } catch (e) { /* private mode: the answers still go out, they are just not kept across a reload */ }
    }

    function restore() {
        try {
            return JSON.parse(localStorage.getItem(storeKey)) || {};
        } catch (e) {
            return {};
        }
    }

    function forget() {
        try {
            localStorage.removeItem(storeKey);
        } catch (e) { /* nothing kept */ }
    }

    function failed(response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
            if (body.message) {
                message(body.message);
            }
            if (response.status === 400) {
                return 'dropped';   // this answer does not fit (too long): the member changes it
            }
            closed = true;          // time up, handed in elsewhere, logged out: the page shows what the server has
            if (response.status !== 401) {
                pending = {};       // after a new login, answers kept here are sent again
                forget();
            }
            setTimeout(function () { location.reload(); }, 2500);
            return 'closed';
        });
    }

    function send(slot, answer) {
        if (closed) {
            return;
        }
        pending[slot] = answer;
        remember();
        if (inFlight[slot]) {
            queued[slot] = answer;
            return;
        }
        inFlight[slot] = true;
        status(slot, 'sending');
        fetch(api + '/answers/' + slot, {
            method: 'PUT', credentials: 'same-origin', body: JSON.stringify(answer),
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}
        }).then(function (response) {
            if (response.ok) {
                return 'saved';
            }
            return response.status >= 500 ? 'unsent' : failed(response);
        }, function () {
            return 'unsent';
        }).then(function (outcome) {
            inFlight[slot] = false;
            if (outcome !== 'unsent' && pending[slot] === answer) {
                delete pending[slot];
                remember();
            }
            if (queued[slot] !== undefined) {
                var next = queued[slot];
                delete queued[slot];
                send(slot, next);
                return;
            }
            if (outcome === 'unsent') {
                status(slot, 'unsent');
                offline(true);
                retrySoon();
            } else if (outcome === 'saved') {
                status(slot, 'saved');
                if (!Object.keys(pending).length) {
                    offline(false);
                }
            } else {
                status(slot, 'unsent');
            }
        });
    }

    function retrySoon() {
        if (!retryTimer) {
            retryTimer = setTimeout(function () {
                retryTimer = null;
                flush();
            }, 3000);
        }
    }

    function flush() {
        Object.keys(pending).forEach(function (slot) {
            if (!inFlight[slot]) {
                send(slot, pending[slot]);
            }
        });
    }

    var given = {};            // slot -> the last answer sent, so a blur after the typing pause sends nothing twice

    function answered(event) {
        var fs = event.target.closest('fieldset[data-slot]');
        var answer = fs && answerOf(fs);
        var slot = fs && fs.getAttribute('data-slot');
        if (answer && given[slot] !== JSON.stringify(answer)) {
            given[slot] = JSON.stringify(answer);
            send(slot, answer);
        }
    }

    form.addEventListener('change', answered);
    var typing = {};
    form.addEventListener('input', function (event) {
        if (event.target.type !== 'text') {
            return;
        }
        var fs = event.target.closest('fieldset[data-slot]');
        clearTimeout(typing[fs.getAttribute('data-slot')]);
        typing[fs.getAttribute('data-slot')] = setTimeout(function () { answered(event); }, 1200);
    });
    window.addEventListener('online', flush);

    Object.keys(pending).forEach(function (slot) {
        var fs = fieldset(slot);
        if (fs) {
            show(fs, pending[slot]);
        } else {
            delete pending[slot];
        }
    });
    flush();

    var submit = document.getElementById('exam:submit');
    if (submit) {
        submit.addEventListener('click', function () {
            if (closed || !confirm(submit.getAttribute('data-confirm'))) {
                return;
            }
            submit.disabled = true;
            // answers typed a moment ago go out first; hand-in only once every answer is acknowledged
            fieldsets().forEach(function (fs) {
                if (fs.querySelector('input[type=text]')) {
                    var answer = answerOf(fs);
                    var slot = fs.getAttribute('data-slot');
                    clearTimeout(typing[slot]);
                    if (answer && (pending[slot] === undefined || JSON.stringify(pending[slot]) !== JSON.stringify(answer))) {
                        send(slot, answer);
                    }
                }
            });
            var waited = 0;
            (function handIn() {
                var busy = Object.keys(inFlight).some(function (slot) { return inFlight[slot]; });
                if (busy && waited < 15000) {
                    waited += 100;
                    setTimeout(handIn, 100);
                    return;
                }
                if (Object.keys(pending).length) {
                    offline(true);
                    submit.disabled = false;
                    flush();
                    return;
                }
                fetch(api + '/submission', {method: 'POST', credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                    .then(function (response) {
                        if (response.ok) {
                            return response.json().then(function (graded) {
                                forget();
                                location.replace(graded.result);
                            });
                        }
                        return response.status >= 500 ? Promise.reject() : failed(response);
                    })
                    .catch(function () {
                        offline(true);
                        submit.disabled = false;
                    });
            })();
        });
    }

    var countdown = document.getElementById('countdown');
    if (countdown) {
        var deadline = parseInt(countdown.getAttribute('data-deadline'), 10);
        (function tick() {
            var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
            var m = Math.floor(left / 60), s = left % 60;
            countdown.textContent = m + ':' + (s < 10 ? '0' : '') + s;
            if (left <= 60) {
                countdown.className = 'ak-timer-low';
            }
            if (left === 0) {
                setTimeout(function () { location.reload(); }, 2000);
                return;
            }
            setTimeout(tick, 1000);
        })();
    }
})();
