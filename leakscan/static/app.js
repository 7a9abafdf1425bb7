// The leakscan demo composer: checks the post as you type (debounced calls to /v1/check),
// highlights what it found, explains it in kid-friendly words, and fixes it on request.
// Photos go to /v1/clean-image?format=json, which finds the hidden map pin and returns a
// clean copy. In chat mode the post is the child's next message in a chat: the earlier messages
// ("me" / "them") go along as the check's context, so a number given in pieces and someone's
// question being answered are found too. Plain JavaScript, no libraries, works offline.
"use strict";

(function () {
  const DEBOUNCE_MS = 350;

  const textarea = document.getElementById("post-text");
  const backdrop = document.getElementById("backdrop");
  const statusBox = document.getElementById("status");
  const statusText = document.getElementById("status-text");
  const warningsList = document.getElementById("warnings");
  const fixButton = document.getElementById("fix");
  const postButton = document.getElementById("post-button");
  const posted = document.getElementById("posted");
  const photoInput = document.getElementById("photo");
  const photoBox = document.getElementById("photo-box");
  const photoPreview = document.getElementById("photo-preview");
  const photoCaption = document.getElementById("photo-caption");
  const photoRemove = document.getElementById("photo-remove");
  const chatMode = document.getElementById("chat-mode");
  const chatBox = document.getElementById("chat");
  const chatLog = document.getElementById("chat-log");
  const chatEmpty = document.getElementById("chat-empty");
  const chatFrom = document.getElementById("chat-from");
  const chatLine = document.getElementById("chat-line");
  const chatAdd = document.getElementById("chat-add");
  const chatClear = document.getElementById("chat-clear");
  const postLabel = document.getElementById("post-label");

  // What the last answers said.
  let textCheck = null; // {text, verdict, findings, redacted, unchecked}
  let photo = null; // {name, verdict, findings, unchecked, cleanData, cleanType, fixed, url, error}
  let chat = []; // the earlier messages in chat mode: {from: "child" | "them", text}
  let timer = null;
  let seq = 0;

  const KIND_LABEL = {
    PHONE: "Phone number", EMAIL: "Email address", ADDRESS: "Address", SCHOOL: "School",
    PERSON: "Name", LOCATION: "Place", AGE: "Age", DATE_OF_BIRTH: "Birthday", HANDLE: "Username",
    URL: "Link", ORG: "Club or group", GPS: "Hidden map pin", OWNER: "Hidden name",
    DEVICE_ID: "Camera number", THUMBNAIL: "Hidden mini photo", DATETIME: "Hidden date and time",
    UNCHECKED: "Couldn't fully check", ASKS_PII: "Someone is asking", OFF_PLATFORM: "Leaving the chat",
    FACE: "A face",
  };

  // -- talking to the service ---------------------------------------------------------------

  async function checkText(text, context) {
    const request = context ? { text: text, context: context } : { text: text };
    const response = await fetch("/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(request),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(body.message || "the checker said no (" + response.status + ")");
    }
    return body;
  }

  async function checkPhoto(file) {
    const form = new FormData();
    form.append("image", file, file.name || "photo");
    const response = await fetch("/v1/clean-image?format=json", { method: "POST", body: form });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(body.message || "the checker could not read this photo");
    }
    return body;
  }

  // -- text ---------------------------------------------------------------------------------------

  function scheduleCheck() {
    posted.textContent = "";
    clearTimeout(timer);
    renderBackdrop();
    timer = setTimeout(runCheck, DEBOUNCE_MS);
  }

  // The chat as the check's context (oldest first), or null outside chat mode.
  function chatContext() {
    return chatMode.checked ? chat.map((m) => ({ from: m.from, text: m.text })) : null;
  }

  async function runCheck() {
    const text = textarea.value;
    const context = chatContext();
    const mine = ++seq;
    if (!text.trim()) {
      textCheck = { text: text, verdict: "ok", findings: [], redacted: text };
      render();
      return;
    }
    statusBox.dataset.busy = "true";
    try {
      const answer = await checkText(text, context);
      if (mine !== seq) return; // an older answer: the child kept typing
      textCheck = {
        text: text,
        verdict: answer.verdict,
        findings: answer.text.findings,
        // null when the text could not be checked (answer.text.error says why): nothing to fix with.
        redacted: answer.redacted_text,
        unchecked: answer.text.error || null,
      };
    } catch (err) {
      if (mine !== seq) return;
      textCheck = { text: text, verdict: "error", findings: [], redacted: text, error: err.message };
    } finally {
      if (mine === seq) delete statusBox.dataset.busy;
    }
    render();
  }

  function currentTextFindings() {
    // Offsets only make sense for the exact text that was checked.
    if (!textCheck || textCheck.text !== textarea.value) return [];
    return textCheck.findings.filter((f) => f.start !== null && f.end !== null);
  }

  // Findings of earlier messages of the chat carried into this one (someone's question it answers).
  function chatFindings() {
    if (!chatMode.checked || !textCheck || textCheck.text !== textarea.value) return [];
    return textCheck.findings.filter((f) => f.start === null && Array.isArray(f.parts));
  }

  // -- chat mode ----------------------------------------------------------------------------------

  function renderChat(textFindings, carried) {
    chatBox.hidden = !chatMode.checked;
    postLabel.textContent = chatMode.checked ? "Your next message" : "What do you want to say?";
    chatLog.textContent = "";
    chatEmpty.hidden = chat.length > 0;
    const parts = new Set();
    for (const f of textFindings) for (const i of f.parts || []) parts.add(i);
    const asked = new Set();
    for (const f of carried) for (const i of f.parts) asked.add(i);
    chat.forEach((m, i) => {
      const li = document.createElement("li");
      li.className = (m.from === "child" ? "me" : "them") + (parts.has(i) ? " part" : "") + (asked.has(i) ? " asked" : "");
      const who = document.createElement("span");
      who.className = "chat-who";
      who.textContent = m.from === "child" ? "me:" : "them:";
      li.appendChild(who);
      li.appendChild(document.createTextNode(m.text));
      chatLog.appendChild(li);
    });
  }

  // The chat changed: shown at once (its marks wait for the new answer), and the message checked again.
  function chatChanged() {
    renderChat([], []);
    scheduleCheck();
  }

  function addToChat(from, text) {
    if (!text.trim()) return;
    chat.push({ from: from, text: text });
    chatChanged();
  }

  chatMode.addEventListener("change", chatChanged);
  chatAdd.addEventListener("click", () => {
    addToChat(chatFrom.value, chatLine.value);
    chatLine.value = "";
    chatLine.focus();
  });
  chatLine.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      chatAdd.click();
    }
  });
  chatClear.addEventListener("click", () => {
    chat = [];
    chatChanged();
  });

  function renderBackdrop() {
    const text = textarea.value;
    const findings = currentTextFindings().slice().sort((a, b) => a.start - b.start);
    backdrop.textContent = "";
    let pos = 0;
    for (const f of findings) {
      if (f.start < pos) continue;
      backdrop.appendChild(document.createTextNode(text.slice(pos, f.start)));
      const mark = document.createElement("mark");
      mark.className = "hl " + (f.severity || "medium");
      mark.textContent = text.slice(f.start, f.end);
      backdrop.appendChild(mark);
      pos = f.end;
    }
    // A trailing newline needs a character after it to take up a line in the backdrop.
    backdrop.appendChild(document.createTextNode(text.slice(pos) + "\u200b"));
    backdrop.scrollTop = textarea.scrollTop;
  }

  // -- photo --------------------------------------------------------------------------------------

  photoInput.addEventListener("change", async () => {
    const file = photoInput.files && photoInput.files[0];
    photoInput.value = "";
    if (!file) return;
    setPhoto({ name: file.name, url: URL.createObjectURL(file), verdict: "checking", findings: [] });
    try {
      const answer = await checkPhoto(file);
      if (!photo || photo.name !== file.name) return;
      photo.verdict = answer.verdict;
      photo.findings = answer.findings;
      // Why part of the photo could not be read (its verdict is then "block"): never shown as fine.
      photo.unchecked = answer.error || null;
      photo.cleanData = answer.image.data;
      photo.cleanType = answer.image.media_type;
      // What the clean copy covered in the picture (a phone number on a note, a QR code...).
      photo.covered = answer.image.covered || [];
    } catch (err) {
      if (!photo) return;
      photo.verdict = "error";
      photo.error = err.message;
    }
    render();
  });

  photoRemove.addEventListener("click", () => {
    setPhoto(null);
    photoInput.focus();
  });

  function setPhoto(value) {
    if (photo && photo.url) URL.revokeObjectURL(photo.url);
    photo = value;
    render();
  }

  function photoFindings() {
    if (!photo) return [];
    const found = photo.findings || [];
    if (!photo.fixed) return found;
    // The clean copy covers what the picture shows, but faces only when asked: they stay to ask about.
    const facesCovered = (photo.covered || []).some((c) => c.kind === "FACE");
    return facesCovered ? [] : found.filter((f) => f.kind === "FACE");
  }

  // The redacted post, or null when there is none (no answer yet, or a text that could not be checked).
  function textRedacted() {
    return textCheck && typeof textCheck.redacted === "string" ? textCheck.redacted : null;
  }

  function photoUnchecked() {
    return Boolean(photo && !photo.fixed && photo.unchecked);
  }

  // -- what the child sees ------------------------------------------------------------------------

  function worst(a, b) {
    const rank = { ok: 0, checking: 0, error: 0, warn: 1, block: 2 };
    return (rank[a] || 0) >= (rank[b] || 0) ? a : b;
  }

  function render() {
    renderBackdrop();
    const textFindings = currentTextFindings();
    const carried = chatFindings();
    const pics = photoFindings().filter((f) => f.severity !== "low");
    const all = textFindings.concat(carried, pics);
    renderChat(textFindings, carried);

    warningsList.textContent = "";
    for (const f of carried) warningsList.appendChild(warningItem(f, "chat"));
    for (const f of textFindings) warningsList.appendChild(warningItem(f, "text"));
    for (const f of pics) warningsList.appendChild(warningItem(f, "photo"));
    if (photoUnchecked()) warningsList.appendChild(warningItem(UNCHECKED_PHOTO, "photo"));

    let verdict = textCheck && textCheck.text === textarea.value ? textCheck.verdict : "ok";
    if (photo && !photo.fixed && photo.verdict) verdict = worst(verdict, photo.verdict);
    const empty = !textarea.value.trim() && !photo;

    let message;
    if (textCheck && textCheck.verdict === "error" && textCheck.text === textarea.value) {
      verdict = "error";
      message = "Oops, I couldn't check that just now. " + textCheck.error;
    } else if (photo && photo.verdict === "error") {
      verdict = "error";
      message = "I couldn't read that photo: " + photo.error;
    } else if (photo && photo.verdict === "checking") {
      message = "Looking at your photo...";
    } else if (textCheck && textCheck.unchecked && textCheck.text === textarea.value) {
      message = "I couldn't fully check your post, so I can't tell if it is safe to share.";
    } else if (photoUnchecked() && !all.length) {
      message = "I couldn't fully check your photo, so I can't tell if it is safe to share. Have a look below.";
    } else if (empty) {
      verdict = "empty";
      message = "Start typing and I'll check your post as you go.";
    } else if (verdict === "block") {
      message = "Wait! Something here could help a stranger find you. Have a look below.";
    } else if (verdict === "warn") {
      message = "Nearly there! Check these things before you post.";
    } else {
      message = "Looks good to share!";
    }
    statusBox.dataset.verdict = verdict;
    statusText.textContent = message;

    // The photo box.
    if (photo) {
      photoBox.hidden = false;
      photoPreview.src = photo.url;
      if (photo.fixed) {
        photoCaption.textContent = (photo.covered || []).length
          ? "Hidden details removed, and what the photo showed is covered up. This photo is safer to share."
          : "Hidden map pin and details removed. This photo is safer to share.";
        photoCaption.className = "caption ok";
      } else if (photo.verdict === "checking") {
        photoCaption.textContent = "Checking the photo...";
        photoCaption.className = "caption";
      } else if (photoUnchecked() && !pics.some((f) => f.kind === "GPS")) {
        photoCaption.textContent = "I couldn't fully check this photo.";
        photoCaption.className = "caption block";
      } else if (pics.some((f) => f.kind === "GPS")) {
        photoCaption.textContent = "This photo has a hidden map pin.";
        photoCaption.className = "caption block";
      } else if (pics.length) {
        photoCaption.textContent = "This photo has hidden details inside it.";
        photoCaption.className = "caption warn";
      } else if (photo.verdict !== "error") {
        photoCaption.textContent = "No hidden map pin found.";
        photoCaption.className = "caption ok";
      } else {
        photoCaption.textContent = "";
      }
    } else {
      photoBox.hidden = true;
      photoPreview.removeAttribute("src");
    }

    const textFixable = textFindings.length > 0 && textRedacted() !== null && textCheck.redacted !== textarea.value;
    const photoFixable = photo && !photo.fixed && photo.cleanData && (pics.length > 0 || photoUnchecked());
    fixButton.disabled = !(textFixable || photoFixable);
    return all;
  }

  // The warning for a photo that could only be read in part (the service said why in "error").
  const UNCHECKED_PHOTO = {
    kind: "UNCHECKED",
    severity: "high",
    message:
      "Some hidden details in this photo could not be read, so I can't tell if it is safe. " +
      '"Fix it for me" makes a copy without them.',
  };

  function warningItem(f, where) {
    const li = document.createElement("li");
    li.className = "warning " + (f.severity || "medium");
    const title = document.createElement("p");
    title.className = "warning-title";
    const label = document.createElement("strong");
    label.textContent = KIND_LABEL[f.kind] || "Something to check";
    title.appendChild(label);
    if (where === "text" || where === "chat") {
      title.appendChild(document.createTextNode(where === "chat" ? " in their message: " : ": "));
      const quote = document.createElement("q");
      quote.textContent = f.text;
      title.appendChild(quote);
    } else {
      title.appendChild(document.createTextNode(" (in your photo)"));
    }
    const msg = document.createElement("p");
    msg.className = "warning-message";
    msg.textContent = f.message || "";
    li.appendChild(title);
    li.appendChild(msg);
    if (where === "text" && f.parts) {
      const more = document.createElement("p");
      more.className = "warning-message";
      more.textContent = "The rest of it is in your earlier messages (marked in the chat).";
      li.appendChild(more);
    }
    if (where === "text") {
      const show = document.createElement("button");
      show.type = "button";
      show.className = "link";
      show.textContent = "Show me";
      show.addEventListener("click", () => {
        textarea.focus();
        textarea.setSelectionRange(f.start, f.end);
      });
      li.appendChild(show);
    }
    return li;
  }

  // -- fixing and posting ---------------------------------------------------------------------------

  fixButton.addEventListener("click", async () => {
    if (textRedacted() !== null && textCheck.text === textarea.value && textCheck.redacted !== textarea.value) {
      textarea.value = textCheck.redacted;
    }
    if (photo && photo.cleanData && !photo.fixed) {
      const bytes = Uint8Array.from(atob(photo.cleanData), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: photo.cleanType || "image/jpeg" }));
      URL.revokeObjectURL(photo.url);
      photo.url = url;
      photo.fixed = true;
    }
    clearTimeout(timer);
    await runCheck();
    statusText.textContent = "Fixed! " + statusText.textContent;
    textarea.focus();
  });

  postButton.addEventListener("click", () => {
    const verdict = statusBox.dataset.verdict;
    if (verdict === "block") {
      posted.textContent = "Let's fix the things above first. Try the \"Fix it for me\" button.";
    } else if (verdict === "error") {
      posted.textContent = "I couldn't check everything yet, so let's not post this. Try again, or remove the photo.";
    } else if (verdict === "empty") {
      posted.textContent = "Write something first!";
    } else if (chatMode.checked) {
      // The message joins the chat: the next one is checked with it.
      addToChat("child", textarea.value);
      textarea.value = "";
      posted.textContent = "Sent to the chat (only a demo, nothing really went anywhere).";
    } else {
      posted.textContent = "This is only a demo, so nothing was really posted. Great job checking!";
    }
  });

  textarea.addEventListener("input", scheduleCheck);
  textarea.addEventListener("scroll", () => {
    backdrop.scrollTop = textarea.scrollTop;
  });
  window.addEventListener("resize", renderBackdrop);
  render();
})();
