// fscity notices: what a page shows when the app cannot run — an unsupported browser (no ES
// modules or no WebAssembly: an IE engine in 360/QQ 兼容模式, an old Chromium), a load that
// failed (server down, a file missing), or a crash (a trap in the WebAssembly). Written in ES3
// style so that an IE engine in an old document mode runs it. Included two ways:
// - as a classic `<script nomodule src=".../fscity-notice.js">`: only browsers without ES modules
//   run it, and it says at once that the browser cannot run the tool;
// - inlined by scripts/build.py at the top of the loader fscity.js, which calls
//   fscityNotice(kind) itself.
// The notice goes where the app would be: into #fscity-loading on the standalone page, or into
// every <div data-fscity> widget on a host page. No inline script, no style attribute (strict
// CSP): the look comes from main.css (.fscity-notice), and the words read without it.
// The build writes the classic copy with every non-ASCII character escaped (\uXXXX), so a host
// page in GB2312/GBK does not garble it (a classic script takes the page's encoding; a module
// is always UTF-8).
(function (global) {
  var TEXT = {
    unsupported: {
      title: "浏览器无法运行本工具 · This browser cannot run this tool",
      zh: "本工具需要支持 WebAssembly 的新版浏览器：请使用新版 Chrome、Edge、Firefox 或 Safari（或信创系统自带的新版浏览器）。使用 360、QQ 等双核浏览器时，请点击地址栏右侧的图标（闪电或 e），从“兼容模式”切换到“极速模式”，然后刷新本页。",
      en: "It needs a recent browser with WebAssembly: use a current Chrome, Edge, Firefox or Safari. In 360 or QQ browser, click the icon at the right of the address bar (a lightning bolt or an “e”), switch from compatibility mode to speed mode (极速模式), then reload this page.",
      button: null
    },
    load: {
      title: "本工具未能加载 · The tool could not be loaded",
      zh: "网络中断、服务器出错或文件缺失。已保存在本浏览器中的评价不受影响。请稍后重试；若一直如此，请联系网站管理员。",
      en: "The network is down, the server failed or a file is missing. Assessments saved in this browser are not affected. Try again later; if it keeps happening, tell the site's administrator.",
      button: "重试 · Retry"
    },
    crash: {
      title: "出错了，请重新加载 · Something went wrong: please reload",
      zh: "已自动保存的内容不会丢失：评价保存在本浏览器中，重新加载后即可继续。",
      en: "What was saved automatically is kept: assessments stay in this browser, and you can go on after reloading.",
      button: "重新加载 · Reload"
    }
  };

  function widgets() {
    var found = [];
    var all = document.getElementsByTagName("*");
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute && all[i].getAttribute("data-fscity") !== null) found.push(all[i]);
    }
    return found;
  }

  function paragraph(text, strong) {
    var p = document.createElement("p");
    if (strong) {
      var b = document.createElement("strong");
      b.appendChild(document.createTextNode(text));
      p.appendChild(b);
    } else {
      p.appendChild(document.createTextNode(text));
    }
    return p;
  }

  function notice(kind) {
    var text = TEXT[kind];
    var box = document.createElement("div");
    box.className = "fscity-notice";
    box.setAttribute("role", "alert");
    box.setAttribute("data-fscity-notice", kind);
    box.appendChild(paragraph(text.title, true));
    box.appendChild(paragraph(text.zh, false));
    box.appendChild(paragraph(text.en, false));
    if (text.button) {
      var button = document.createElement("button");
      button.appendChild(document.createTextNode(text.button));
      button.onclick = function () { global.location.reload(); };
      box.appendChild(button);
    }
    return box;
  }

  // Shows the notice of `kind` once in every place the app lives on this page.
  function show(kind) {
    var places = widgets();
    var loading = document.getElementById("fscity-loading");
    if (!places.length) places = [loading || document.body];
    for (var i = 0; i < places.length; i++) {
      var place = places[i];
      if (!place || place.getAttribute("data-fscity-noticed") === kind) continue;
      place.setAttribute("data-fscity-noticed", kind);
      if (place === loading) {
        while (place.firstChild) place.removeChild(place.firstChild);
        place.appendChild(notice(kind));
      } else {
        place.insertBefore(notice(kind), place.firstChild);
      }
    }
  }

  global.fscityNotice = function (kind) {
    if (document.body) {
      show(kind);
    } else if (document.addEventListener) {
      document.addEventListener("DOMContentLoaded", function () { show(kind); }, false);
    } else {
      global.attachEvent("onload", function () { show(kind); });
    }
  };

  // Run on its own (the nomodule script), this file is in a browser without ES modules.
  if (!global.fscityLoader && !("noModule" in document.createElement("script"))) {
    global.fscityNotice("unsupported");
  }
})(window);
