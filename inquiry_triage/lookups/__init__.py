"""Lookups that gather evidence about an inquiry's sender: DNS, domains, geography, lists."""
