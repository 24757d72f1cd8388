"""Reading identity papers and decisions on this computer only: machine-readable zones
(ICAO 9303) and the printed labels of Belgian orders, proposed field by field.

``read.read_document`` reads one photo (``prep``: decoded, turned, cropped and
straightened with Pillow, in memory; ``mrz``: the zone, read by Tesseract through
``ocr`` and checked by the ``mrz`` library; ``forms``: the labels of an order in French
and Dutch) into ``proposals``; ``save.save_accepted`` writes what the person accepted and
records where it came from. Nothing here writes a file or starts a process.
"""
