// Runs while the app's script is still downloading (the main thread is idle then), so that the app's
// first render does not pay for it: the first Intl.NumberFormat of a page builds the browser's
// number-formatting data (30–60 ms of blocked main thread), and the first localStorage read opens
// the site's storage (the reader's language is kept there).
;['en-US', 'es-MX', 'fr-CA'].forEach(function (locale) {
  new Intl.NumberFormat(locale).format(1234.5)
  new Intl.PluralRules(locale).select(1)
})
try {
  localStorage.getItem('nap.lang')
} catch {
  // Storage can be unavailable (private mode): the app then keeps the language in the URL only.
}

// The first layout of text on a page looks the system fonts up and builds their shaping data (15–20 ms
// of main thread on this machine, four times that on a phone), in one task with the app's first
// screen. Laid out here, off the screen (nothing is painted, so it is no first paint), in the app's
// font and weights, while the entry downloads.
;(function () {
  var host = document.body || document.documentElement
  var probe = document.createElement('div')
  probe.setAttribute('aria-hidden', 'true')
  probe.style.cssText =
    "position:absolute;left:-10000px;top:0;width:20rem;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans',sans-serif"
  ;['400', '500', '600', '700'].forEach(function (weight) {
    var line = document.createElement('p')
    line.style.fontWeight = weight
    line.textContent = 'Goal Monitor 2050 — Mexico, Canada, États-Unis: en bonne voie, 1 234,5 % ◎ ▲ ▼'
    probe.appendChild(line)
  })
  host.appendChild(probe)
  probe.getBoundingClientRect()
  host.removeChild(probe)
})()
