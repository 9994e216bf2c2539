// A minimal DOM for node --test: just what render.js and quotemark.js use (elements, text nodes,
// fragments, attributes, className, textContent, splitText, insertBefore…) plus an innerHTML
// serialiser for comparisons. Not a browser: no parser, no events, no CSS.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const FRAGMENT_NODE = 11;

class Node {
  constructor(doc, nodeType, nodeName) {
    this.ownerDocument = doc;
    this.nodeType = nodeType;
    this.nodeName = nodeName;
    this.parentNode = null;
    this.childNodes = [];
  }

  get firstChild() {
    return this.childNodes[0] || null;
  }

  get lastChild() {
    return this.childNodes[this.childNodes.length - 1] || null;
  }

  get nextSibling() {
    if (!this.parentNode) return null;
    const siblings = this.parentNode.childNodes;
    return siblings[siblings.indexOf(this) + 1] || null;
  }

  get previousSibling() {
    if (!this.parentNode) return null;
    const siblings = this.parentNode.childNodes;
    return siblings[siblings.indexOf(this) - 1] || null;
  }

  appendChild(child) {
    return this.insertBefore(child, null);
  }

  insertBefore(child, reference) {
    if (reference && reference.parentNode !== this) throw new Error('reference is not a child');
    const moving = child.nodeType === FRAGMENT_NODE ? [...child.childNodes] : [child];
    for (const node of moving) {
      if (node.parentNode) node.parentNode.removeChild(node);
      const at = reference ? this.childNodes.indexOf(reference) : this.childNodes.length;
      this.childNodes.splice(at, 0, node);
      node.parentNode = this;
    }
    return child;
  }

  removeChild(child) {
    const at = this.childNodes.indexOf(child);
    if (at < 0) throw new Error('not a child');
    this.childNodes.splice(at, 1);
    child.parentNode = null;
    return child;
  }

  remove() {
    if (this.parentNode) this.parentNode.removeChild(this);
  }

  get textContent() {
    return this.childNodes.map((c) => c.textContent).join('');
  }

  set textContent(value) {
    for (const child of [...this.childNodes]) this.removeChild(child);
    if (value !== '') this.appendChild(this.ownerDocument.createTextNode(String(value)));
  }

  contains(node) {
    for (let n = node; n; n = n.parentNode) if (n === this) return true;
    return false;
  }
}

class Text extends Node {
  constructor(doc, data) {
    super(doc, TEXT_NODE, '#text');
    this.data = String(data);
  }

  get nodeValue() {
    return this.data;
  }

  get textContent() {
    return this.data;
  }

  set textContent(value) {
    this.data = String(value);
  }

  splitText(offset) {
    if (offset < 0 || offset > this.data.length) throw new Error('IndexSizeError');
    const tail = new Text(this.ownerDocument, this.data.slice(offset));
    this.data = this.data.slice(0, offset);
    if (this.parentNode) this.parentNode.insertBefore(tail, this.nextSibling);
    return tail;
  }
}

class Element extends Node {
  constructor(doc, tag) {
    super(doc, ELEMENT_NODE, tag.toUpperCase());
    this.tagName = this.nodeName;
    this.attributes = new Map();
  }

  setAttribute(name, value) {
    this.attributes.set(name.toLowerCase(), String(value));
  }

  /** The CSSOM subset the page uses: custom properties, serialised as the style attribute. */
  get style() {
    const el = this;
    const props = () =>
      new Map(
        (el.getAttribute('style') || '')
          .split(';')
          .map((d) => d.split(':').map((x) => x.trim()))
          .filter(([k]) => k),
      );
    return {
      setProperty(name, value) {
        const map = props();
        map.set(name, String(value));
        el.setAttribute('style', [...map].map(([k, v]) => `${k}: ${v}`).join('; '));
      },
      getPropertyValue(name) {
        return props().get(name) ?? '';
      },
    };
  }

  getAttribute(name) {
    const value = this.attributes.get(name.toLowerCase());
    return value === undefined ? null : value;
  }

  hasAttribute(name) {
    return this.attributes.has(name.toLowerCase());
  }

  removeAttribute(name) {
    this.attributes.delete(name.toLowerCase());
  }

  get className() {
    return this.getAttribute('class') || '';
  }

  set className(value) {
    this.setAttribute('class', value);
  }

  get classList() {
    const el = this;
    const list = () => el.className.split(/\s+/).filter(Boolean);
    return {
      contains: (name) => list().includes(name),
      add: (...names) => {
        el.className = [...new Set([...list(), ...names])].join(' ');
      },
      remove: (...names) => {
        el.className = list()
          .filter((n) => !names.includes(n))
          .join(' ');
      },
    };
  }

  get innerHTML() {
    return this.childNodes.map(serialise).join('');
  }

  get outerHTML() {
    return serialise(this);
  }

  /** Every descendant element, in document order. */
  descendants() {
    const out = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === ELEMENT_NODE) {
          out.push(child);
          walk(child);
        }
      }
    };
    walk(this);
    return out;
  }
}

class Fragment extends Node {
  constructor(doc) {
    super(doc, FRAGMENT_NODE, '#document-fragment');
  }

  get innerHTML() {
    return this.childNodes.map(serialise).join('');
  }

  descendants() {
    return Element.prototype.descendants.call(this);
  }
}

const VOID = new Set(['BR', 'HR', 'IMG', 'INPUT', 'META', 'LINK', 'WBR']);

function escapeText(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function serialise(node) {
  if (node.nodeType === TEXT_NODE) return escapeText(node.data);
  if (node.nodeType === FRAGMENT_NODE) return node.innerHTML;
  const tag = node.tagName.toLowerCase();
  const attributes = [...node.attributes]
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  if (VOID.has(node.tagName)) return `<${tag}${attributes}>`;
  return `<${tag}${attributes}>${node.childNodes.map(serialise).join('')}</${tag}>`;
}

/** A fresh document. */
export function createDocument() {
  const doc = {
    createElement: (tag) => new Element(doc, tag),
    createTextNode: (data) => new Text(doc, data),
    createDocumentFragment: () => new Fragment(doc),
  };
  return doc;
}

/**
 * Builds an element tree: h(doc, 'p', { class: 'x' }, 'text', h(doc, 'em', null, 'more')).
 * Strings become text nodes.
 */
export function h(doc, tag, attributes, ...children) {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) el.setAttribute(name, value);
  for (const child of children) {
    el.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}
