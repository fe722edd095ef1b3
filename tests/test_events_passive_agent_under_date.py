"""The agent of a passive verb that the parser hung on the date right after it ("X a été reçue
jeudi par le président Y", "par" under "jeudi", which it took for the verb's complement) is the
verb's agent: the host receives the guest. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "dated": "L'opposante vénézuélienne Carmen Rojas a quitté Caracas mardi. Elle aurait été reçue jeudi "
             "par le président colombien, Iván Duque, selon la presse colombienne.",
    "undated": "L'opposante vénézuélienne Carmen Rojas a quitté Caracas mardi. Elle aurait été reçue "
               "par le président colombien, Iván Duque, selon la presse colombienne.",
}

TITLED = True


def test_the_agent_hung_on_a_date_hosts_the_guest(events):
    assert ("CONSULT", "person:ivan-duque", "person:carmen-rojas") in coded(events, "dated")


def test_the_same_without_a_date(events):
    assert ("CONSULT", "person:ivan-duque", "person:carmen-rojas") in coded(events, "undated")
