"""What a person sees of a record or a registry, as plain data, for the terminal and the notebook alike."""
