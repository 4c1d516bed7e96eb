// corpus-search: comforts on top of a page that works without JavaScript.
// - search-as-you-type suggestions from /api/suggest in the search box's <datalist>
// - the form submits when a facet checkbox, the sort order or grouping changes
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var form = document.getElementById('search');
  if (!form) {
    return;
  }

  function submit() {
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
  }

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target && target.hasAttribute && target.hasAttribute('data-autosubmit') && target.form === form) {
      submit();
    }
  });

  // Keep URLs short: leave empty optional fields out of the query string.
  form.addEventListener('submit', function () {
    Array.prototype.forEach.call(form.elements, function (el) {
      if ((el.name === 'from' || el.name === 'to') && !el.value.trim()) {
        el.disabled = true;
      } else if (el.name === 'sort' && el.value === 'relevance') {
        el.disabled = true;
      }
    });
  });

  // Coming back (back button, page cache): the controls show what the URL says, nothing else.
  window.addEventListener('pageshow', function () {
    Array.prototype.forEach.call(form.elements, function (el) {
      el.disabled = false;
      if (el.type === 'checkbox') {
        el.checked = el.defaultChecked;
      } else if (el.tagName === 'SELECT') {
        Array.prototype.forEach.call(el.options, function (o) { o.selected = o.defaultSelected; });
      } else if (el.name === 'from' || el.name === 'to') {
        el.value = el.defaultValue;
      }
    });
  });

  // Suggestions: complete the word being typed.
  var box = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!box || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var pending = null;
  var shown = '';

  function fill(before, suggestions) {
    var seen = {};
    var options = [];
    suggestions.forEach(function (s) {
      var value = before + s;
      if (!seen[value.toLowerCase()]) {
        seen[value.toLowerCase()] = true;
        var option = document.createElement('option');
        option.value = value;
        options.push(option);
      }
    });
    list.replaceChildren.apply(list, options);
  }

  function suggest() {
    var text = box.value;
    var match = /^(.*?)(\S+)$/.exec(text);
    if (!match || match[2].length < 2) {
      fill('', []);
      shown = '';
      return;
    }
    if (text === shown) {
      return;
    }
    if (pending) {
      pending.abort();
    }
    pending = window.AbortController ? new AbortController() : null;
    fetch('/api/suggest?size=8&q=' + encodeURIComponent(match[2]), {
      headers: { Accept: 'application/json' },
      signal: pending ? pending.signal : undefined
    }).then(function (response) {
      return response.ok ? response.json() : { suggestions: [] };
    }).then(function (body) {
      if (box.value === text) {
        shown = text;
        fill(match[1], body.suggestions || []);
      }
    }).catch(function () { /* suggestions are a comfort; ignore failures */ });
  }

  box.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 120);
  });
})();
