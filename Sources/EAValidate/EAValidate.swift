import EAModel
