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
