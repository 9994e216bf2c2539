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
    const speakers = new Set(report.quotes.filter((q) => q.speaker).map((q) => q.speaker.name));
    status.textContent = `${report.quotes.length} quotes from ${speakers.size} speakers, ${report.mentions.length} entity mentions marked.`;
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
