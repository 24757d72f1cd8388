"""The finishing pass of every PDF Locator prints: PDF/A-1b (ISO 19005-1, level B).

reportlab draws the page; this pass rewrites the file with pypdf so that it is a
PDF/A-1b document that PDFBox Preflight accepts (tests/test_pdf_archival.py):

* every stream's ``Length`` is exact and ``endstream`` follows an end of line (reportlab
  writes neither as PDF/A asks);
* an output intent with the sRGB ICC profile (``resources/color/sRGB.icc``, version 2 as
  PDF/A-1 requires), so the RGB colours mean the same everywhere;
* XMP metadata that says the same as the document information: title and language
  (``dc:title``, ``dc:language``), the dates, the producer, and the PDF/A claim
  (``pdfaid:part`` 1, ``conformance`` B).

An encrypted copy cannot be PDF/A (the standard forbids encryption): it keeps the
metadata but makes no PDF/A claim (:func:`finish` with ``archival=False``).

Not done: a tagged PDF (PDF/A level A, PDF/UA). reportlab's open-source edition writes no
structure tree, and adding one by hand around HarfBuzz-shaped runs would be heroics; the
text layer still copies out in logical order (locator.brief.shaping).

Nothing here sees more than the PDF's own bytes, in memory. pypdf is imported lazily.
"""

from __future__ import annotations

import functools
import io
from datetime import UTC, datetime
from xml.sax.saxutils import escape

from locator.model.paths import RESOURCES_DIR

ICC_PROFILE = RESOURCES_DIR / "color" / "sRGB.icc"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
PRODUCER = "Locator (reportlab, pypdf)"


@functools.cache
def _icc() -> bytes:
    return ICC_PROFILE.read_bytes()


def _pdf_date(moment: datetime) -> str:
    """``D:20261204210753+00'00'`` (the document information's form)."""
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")


def _xmp(title: str, lang: str, moment: datetime, archival: bool) -> bytes:
    when = moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    claim = ('\n   <rdf:Description rdf:about="" '
             'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">\n'
             "    <pdfaid:part>1</pdfaid:part>\n"
             "    <pdfaid:conformance>B</pdfaid:conformance>\n"
             "   </rdf:Description>") if archival else ""
    language = (f"\n    <dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag>"
                "</dc:language>") if lang else ""
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
   <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:format>application/pdf</dc:format>
    <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt>\
</dc:title>{language}
   </rdf:Description>
   <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
    <xmp:CreatorTool>Locator</xmp:CreatorTool>
    <xmp:CreateDate>{when}</xmp:CreateDate>
    <xmp:ModifyDate>{when}</xmp:ModifyDate>
    <xmp:MetadataDate>{when}</xmp:MetadataDate>
   </rdf:Description>
   <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
    <pdf:Producer>{PRODUCER}</pdf:Producer>
   </rdf:Description>{claim}
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def finish(data: bytes, *, title: str, lang: str, archival: bool = True,
           now: datetime | None = None) -> bytes:
    """``data`` (a PDF reportlab wrote) rewritten as PDF/A-1b with its metadata; with
    ``archival`` False the same metadata without the PDF/A claim (a copy to encrypt)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    profile = DecodedStreamObject()
    profile.set_data(_icc())
    profile[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"),
        NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): TextStringObject(OUTPUT_CONDITION),
        NameObject("/Info"): TextStringObject(OUTPUT_CONDITION),
        NameObject("/DestOutputProfile"): writer._add_object(profile),
    })
    writer.root_object[NameObject("/OutputIntents")] = ArrayObject(
        [writer._add_object(intent)])
    stamp = _pdf_date(moment)
    # the document information says what the XMP says, nothing more (PDF/A 6.7.3)
    info = {"/Title": title, "/Creator": "Locator", "/Producer": PRODUCER,
            "/CreationDate": stamp, "/ModDate": stamp}
    writer.metadata = None
    writer.add_metadata(info)
    # uncompressed, with its type (PDF/A-1 6.7.2; pypdf's own setter writes no /Type)
    xmp = DecodedStreamObject()
    xmp.set_data(_xmp(title, lang, moment, archival))
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    xmp[NameObject("/Subtype")] = NameObject("/XML")
    writer.root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
