"""Issue 8's load test (`make load`): the locust users and the plan and verdict around them."""
