// EvalNumerique browser helpers: display preferences, reading aloud, and reconnection.

// Reconnection (the markup is Components/Layout/ReconnectModal.razor). A server restart makes the
// server refuse the old circuit: reload, and the check resumes from the database.
document.addEventListener("DOMContentLoaded", function () {
    const modal = document.getElementById("components-reconnect-modal");
    if (!modal) return;
    modal.addEventListener("components-reconnect-state-changed", function (event) {
        const state = event.detail.state;
        if (state === "show") { if (!modal.open) modal.showModal(); }
        else if (state === "hide") { if (modal.open) modal.close(); }
        else if (state === "rejected") { location.reload(); }
    });
    const retry = document.getElementById("components-reconnect-button");
    if (retry) retry.addEventListener("click", async function () {
        try {
            const ok = await Blazor.reconnect();
            if (!ok) location.reload();
        } catch (e) {
            location.reload();
        }
    });
});

window.evalnum = (function () {
    const key = "evalnum-prefs";
    const kioskKey = "evalnum-kiosk";
    const sizes = ["text-large", "text-xlarge"];

    function readPrefs() {
        try { return JSON.parse(localStorage.getItem(key) || "{}"); } catch (e) { return {}; }
    }

    function apply(p) {
        const c = document.documentElement.classList;
        sizes.forEach(s => c.remove(s));
        if (p.textSize) c.add("text-" + p.textSize);
        c.toggle("high-contrast", !!p.contrast);
    }

    let audio = null;

    function stop() {
        if (audio) { audio.pause(); audio = null; }
        if (window.speechSynthesis) window.speechSynthesis.cancel();
    }

    function read(text, audioUrl, lang) {
        stop();
        if (audioUrl) {
            audio = new Audio(audioUrl);
            audio.play().catch(() => speak(text, lang));
            return;
        }
        speak(text, lang);
    }

    function speak(text, lang) {
        if (!window.speechSynthesis || !text) return;
        const u = new SpeechSynthesisUtterance(text);
        u.lang = lang || "fr-FR";
        u.rate = 0.9; // a little slower than default: easier to follow
        const voice = window.speechSynthesis.getVoices().find(v => v.lang && v.lang.startsWith(u.lang.substring(0, 2)));
        if (voice) u.voice = voice;
        window.speechSynthesis.speak(u);
    }

    return {
        prefs: {
            get: () => {
                const p = readPrefs();
                return { textSize: p.textSize || "", contrast: !!p.contrast, autoRead: !!p.autoRead };
            },
            set: (p) => {
                localStorage.setItem(key, JSON.stringify(p));
                apply(p);
            },
        },
        speech: {
            read: read,
            stop: stop,
            autoRead: (text, audioUrl, lang) => { if (readPrefs().autoRead) read(text, audioUrl, lang); },
        },
        print: () => window.print(),
        kiosk: {
            get: () => {
                try { return JSON.parse(localStorage.getItem(kioskKey) || "null"); } catch (e) { return null; }
            },
            set: (token, name) => localStorage.setItem(kioskKey, JSON.stringify({ token: token, name: name })),
            clear: () => localStorage.removeItem(kioskKey),
            // The next person starts fresh: default text size and contrast, nothing read aloud, no way back.
            forget: () => {
                stop();
                localStorage.removeItem(key);
                sessionStorage.clear();
                apply({});
            },
            leave: () => {
                window.evalnum.kiosk.forget();
                location.replace("/");
            },
        },
    };
})();

// Kiosk: a shared PC returns to the welcome screen after a while without a touch (answers are
// saved after each question, so nothing is lost; the person's code resumes the check).
(function () {
    let last = Date.now();
    ["pointerdown", "keydown", "touchstart", "scroll"].forEach(e => document.addEventListener(e, () => { last = Date.now(); }, { passive: true }));
    setInterval(function () {
        if (!window.evalnum.kiosk.get() || location.pathname === "/" || location.pathname.startsWith("/account") || location.pathname.startsWith("/kiosk")) return;
        const minutes = location.pathname.endsWith("/result") ? 3 : 10;
        if (Date.now() - last > minutes * 60000) window.evalnum.kiosk.leave();
    }, 15000);
})();
