"""The detention-centre directory (centres.yaml), loaded strictly, and its search.
"""
