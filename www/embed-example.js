// Wires the embed example's buttons to the embed API.
import { highlight, unhighlight } from './quotemark.js';

const story = document.getElementById('story');
const on = document.getElementById('highlight');
const off = document.getElementById('unhighlight');
const status = document.getElementById('embed-status');

on.addEventListener('click', async () => {
  on.disabled = true;
  try {
    const report = await highlight(story);
    const { total, anonymous, women, men } = report.summary;
    const n = (count, one, many) => `${count} ${count === 1 ? one : many}`;
    status.textContent =
      `${n(report.quotes.length, 'quote', 'quotes')} from ${n(total, 'source', 'sources')} ` +
      `(${anonymous} anonymous; ${n(women, 'woman', 'women')}, ${n(men, 'man', 'men')}), ` +
      `${n(report.mentions.length, 'entity mention', 'entity mentions')} marked.`;
    status.dataset.sources = String(total);
    off.disabled = false;
    document.body.dataset.highlighted = 'true';
  } catch (error) {
    status.textContent = `Could not highlight: ${error.message}`;
    on.disabled = false;
  }
});

off.addEventListener('click', () => {
  unhighlight(story);
  status.textContent = 'Highlights removed; the article is as it was.';
  off.disabled = true;
  on.disabled = false;
  document.body.dataset.highlighted = 'false';
  on.focus();
});
