// Live follow-up of checks (mediator dashboard): the browser connects to the follow-up hub with the
// staff cookie and hands each "checkChanged" message to the page's .NET component.
// The SignalR client (wwwroot/lib/signalr, MIT) is loaded once, on the first dashboard visit.

const connections = new Map();
let nextId = 1;

async function loadClient(clientUrl) {
    if (!window.signalR) await import(new URL(clientUrl, document.baseURI).href);
    return window.signalR;
}

// Never give up while the page is open: 0 s, 2 s, 5 s, 10 s, then every 30 s.
const retryDelays = [0, 2000, 5000, 10000];
const reconnectPolicy = {
    nextRetryDelayInMilliseconds: context => retryDelays[context.previousRetryCount] ?? 30000
};

function tell(page, method, ...args) {
    // The circuit may be gone (page left, server restarted): nothing to tell then.
    return page.invokeMethodAsync(method, ...args).catch(() => { });
}

export async function start(page, clientUrl, hubUrl) {
    const signalR = await loadClient(clientUrl);
    const connection = new signalR.HubConnectionBuilder()
        .withUrl(new URL(hubUrl, document.baseURI).href)
        .withAutomaticReconnect(reconnectPolicy)
        .configureLogging(signalR.LogLevel.Warning)
        .build();
    const id = nextId++;
    const state = { connection, stopped: false };
    connections.set(id, state);

    // No value returned: a handler's result would be taken as a client result the server did not ask for.
    connection.on("checkChanged", update => { tell(page, "OnCheckChanged", update); });
    connection.onreconnecting(() => tell(page, "OnConnectionChanged", "reconnecting"));
    // Messages sent while disconnected are lost: the page reloads its list from the database.
    connection.onreconnected(() => tell(page, "OnConnectionChanged", "reconnected"));
    connection.onclose(() => {
        if (state.stopped) return;
        tell(page, "OnConnectionChanged", "reconnecting");
        firstStart(page, state, 1);
    });

    firstStart(page, state, 0);
    return id;
}

// The automatic reconnection covers only a connection that once worked; the first start retries here.
async function firstStart(page, state, attempt) {
    if (state.stopped) return;
    try {
        await state.connection.start();
        tell(page, "OnConnectionChanged", attempt === 0 ? "live" : "reconnected");
    } catch (e) {
        tell(page, "OnConnectionChanged", "reconnecting");
        setTimeout(() => firstStart(page, state, attempt + 1), retryDelays[attempt] ?? 30000);
    }
}

export async function stop(id) {
    const state = connections.get(id);
    if (!state) return;
    state.stopped = true;
    connections.delete(id);
    await state.connection.stop();
}
