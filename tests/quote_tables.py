"""Helpers the quotation-family tests share: what claimx.extract quotes, with the offsets
checked on every item."""
import claimx


def quotes(text):
    """(text, speaker, kind) of each quotation, after checking that its offsets and its
    speaker's offsets give back their surface forms."""
    doc = claimx.extract(text)
    for q in doc["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        if q["speaker_start"] is not None:
            assert text[q["speaker_start"]:q["speaker_end"]] == q["speaker_text"]
    return [(q["text"], q["speaker"], q["kind"]) for q in doc["quotes"]]
