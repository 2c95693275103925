"""A Streamlit client without a browser: Streamlit's own protocol over its websocket.

``bench_users --client protocol`` uses it to time what the server does for many users apart from
their browsers. On a test machine the browsers share the server's cores, which a real deployment
never does (each user has their own machine), so browser timings under load mix the two.

The client speaks what Streamlit's frontend speaks: it opens ``/_stcore/stream`` (subprotocol
``streamlit``), sends ``BackMsg.rerun_script`` with the page's query string and widget values, and
reads ``ForwardMsg``s until ``script_finished``. It keeps what the frontend keeps for the next
rerun: the session id, the page's script hash, the query string the app writes
(``page_info_changed``), and the widget ids its deltas carry, found by label. An upload asks for
file URLs (``file_urls_request``), PUTs the file there as the frontend does, then reruns with the
uploader's ``file_uploader_state_value``.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import requests
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

# A run that ends for a rerun (``st.rerun``) is followed by that rerun: wait for a finished one.
DONE = {ForwardMsg.FINISHED_SUCCESSFULLY}
FAILED = {ForwardMsg.FINISHED_WITH_COMPILE_ERROR}
XSRF_COOKIE = "_streamlit_xsrf"


class ProtocolError(RuntimeError):
    """The server said something a browser would show as an error, or never finished."""


class Session:
    """One simulated browser tab: a websocket session on one page of the app."""

    def __init__(self, url: str, query: str, page: str = "", timeout: float = 600.0) -> None:
        self.url = url.rstrip("/")
        self.query = query
        self.page = page  # the page's URL path ("data"); "" is the default page
        self.timeout = timeout
        self.session_id = ""
        self.page_hash = ""
        self.widgets: dict[str, tuple[str, str]] = {}  # label -> (element kind, widget id)
        self.seen: list[bytes] = []  # the last run's deltas, as sent
        self.http = requests.Session()
        self.xsrf = ""
        self._socket = None

    async def __aenter__(self) -> Session:
        # The page, then the health check, as the frontend loads them: their cookies are the route
        # that keeps this tab on one process behind a load balancer, and the XSRF token uploads need.
        for path in (self.page, "_stcore/health"):
            answer = await asyncio.to_thread(self.http.get, f"{self.url}/{path}", timeout=self.timeout)
            answer.raise_for_status()
        self.xsrf = self.http.cookies.get(XSRF_COOKIE, "")
        cookies = "; ".join(f"{name}={value}" for name, value in self.http.cookies.items())
        parts = urlsplit(self.url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        self._socket = await websockets.connect(
            f"{scheme}://{parts.netloc}{parts.path}/_stcore/stream",
            subprotocols=["streamlit", self.xsrf] if self.xsrf else ["streamlit"],
            additional_headers={"Cookie": cookies} if cookies else None,
            max_size=None,
            open_timeout=self.timeout,
            ping_interval=None,  # a busy server may not answer pings in time; the test has its own timeout
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._socket is not None:
            await self._socket.close()
        self.http.close()

    async def run(self, widgets: list[WidgetState] | None = None) -> float:
        """Ask for a rerun with these widget values; seconds until the script has finished."""
        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query
        state.page_script_hash = self.page_hash
        state.page_name = "" if self.page_hash else self.page
        state.widget_states.widgets.extend(widgets or [])
        start = time.perf_counter()
        await self._socket.send(message.SerializeToString())
        await asyncio.wait_for(self._until_finished(), self.timeout)
        return time.perf_counter() - start

    def widget(self, label: str) -> str:
        """The id of the widget drawn with this label in the runs so far."""
        try:
            return self.widgets[label][1]
        except KeyError:
            raise ProtocolError(f"no widget labelled {label!r} was drawn") from None

    def shows(self, text: str) -> bool:
        """Whether the last finished run drew ``text`` (in any element)."""
        needle = text.encode()
        return any(needle in delta for delta in self.seen)

    async def upload(self, label: str, path: Path) -> float:
        """Upload ``path`` into the uploader ``label`` as the frontend does; seconds until the run ends."""
        uploader = self.widget(label)
        start = time.perf_counter()
        request = BackMsg()
        request.file_urls_request.request_id = uuid.uuid4().hex
        request.file_urls_request.file_names.append(path.name)
        request.file_urls_request.session_id = self.session_id
        await self._socket.send(request.SerializeToString())
        urls = await asyncio.wait_for(self._until_urls(), self.timeout)
        target = urls.file_urls[0]
        data = path.read_bytes()
        upload_url = target.upload_url
        if upload_url.startswith("/"):
            upload_url = self.url + upload_url
        response = await asyncio.to_thread(
            self.http.put,
            upload_url,
            files={"file": (path.name, data, "text/csv")},
            headers={"X-Xsrftoken": self.xsrf} if self.xsrf else {},
            timeout=self.timeout,
        )
        response.raise_for_status()
        value = WidgetState(id=uploader)
        info = value.file_uploader_state_value.uploaded_file_info.add()
        info.file_id, info.name, info.size = target.file_id, path.name, len(data)
        info.file_urls.CopyFrom(target)
        await self.run([value])
        return time.perf_counter() - start

    async def _messages(self):
        while True:
            data = await self._socket.recv()
            message = ForwardMsg()
            message.ParseFromString(data)
            yield message, data

    async def _until_urls(self):
        async for message, _data in self._messages():
            self._note(message, b"")
            if message.WhichOneof("type") == "file_urls_response":
                if message.file_urls_response.error_msg:
                    raise ProtocolError(message.file_urls_response.error_msg)
                return message.file_urls_response

    async def _until_finished(self) -> None:
        seen: list[bytes] = []
        async for message, data in self._messages():
            kind = message.WhichOneof("type")
            if kind == "new_session":
                seen = []
            self._note(message, data)
            if kind == "delta":
                seen.append(data)
            elif kind == "script_finished":
                if message.script_finished in FAILED:
                    raise ProtocolError("the script did not compile")
                if message.script_finished in DONE:
                    self.seen = seen
                    return

    def _note(self, message: ForwardMsg, data: bytes) -> None:
        """Keep what the frontend keeps for the next rerun."""
        kind = message.WhichOneof("type")
        if kind == "navigation":
            self.page_hash = message.navigation.page_script_hash
        elif kind == "new_session":
            if message.new_session.initialize.session_id:
                self.session_id = message.new_session.initialize.session_id
        elif kind == "page_info_changed":
            self.query = message.page_info_changed.query_string
        elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            element = message.delta.new_element
            name = element.WhichOneof("type")
            proto = getattr(element, name)
            if name == "exception":
                raise ProtocolError(f"the app raised: {element.exception.message}")
            if hasattr(proto, "id") and hasattr(proto, "label") and proto.id:
                self.widgets[proto.label] = (name, proto.id)


def multiselect(widget_id: str, values: list[str]) -> WidgetState:
    """A multiselect's value as the frontend sends it: the chosen options' texts."""
    state = WidgetState(id=widget_id)
    state.string_array_value.data.extend(values)
    return state
