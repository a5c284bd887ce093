import EAModel
print("eaf")
